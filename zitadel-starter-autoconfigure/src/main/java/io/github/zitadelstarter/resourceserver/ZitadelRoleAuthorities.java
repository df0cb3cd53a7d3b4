package io.github.zitadelstarter.resourceserver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;

/**
 * Turns ZITADEL's role claims into {@link ZitadelRoleAuthority authorities}. The claims
 * {@code urn:zitadel:iam:org:project:roles} and, when a project ID is given,
 * {@code urn:zitadel:iam:org:project:{projectId}:roles} are read; each is an object
 * {@code {"<role>":{"<orgId>":"<orgDomain>"}}}. For every role the result holds the
 * prefixed role ({@code ROLE_admin}) and the role qualified by each organization it is
 * held in ({@code ROLE_admin@123}). JWT and introspected tokens are mapped alike.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelRoleAuthorities {

	/**
	 * Claim holding the roles of the project the token was issued for.
	 */
	public static final String ROLES_CLAIM = "urn:zitadel:iam:org:project:roles";

	private final String authorityPrefix;

	private final List<String> claims;

	/**
	 * Create a mapping.
	 * @param authorityPrefix prefix of each authority, such as ROLE_; may be empty
	 * @param projectId ID of the project whose own role claim is read as well, or
	 * {@code null} to read only {@value #ROLES_CLAIM}
	 */
	public ZitadelRoleAuthorities(String authorityPrefix, @Nullable String projectId) {
		this.authorityPrefix = authorityPrefix;
		this.claims = (projectId != null) ? List.of(ROLES_CLAIM, projectRolesClaim(projectId)) : List.of(ROLES_CLAIM);
	}

	/**
	 * Return the name of the claim that holds one project's roles.
	 * @param projectId the project's ID
	 * @return the claim's name
	 */
	public static String projectRolesClaim(String projectId) {
		return "urn:zitadel:iam:org:project:" + projectId + ":roles";
	}

	/**
	 * Map the role claims among a token's claims or introspected attributes. Claims that
	 * are absent or not shaped as ZITADEL writes them add no authority.
	 * @param claims the token's claims
	 * @return the authorities, each once, in claim order
	 */
	public Collection<GrantedAuthority> fromClaims(Map<String, ?> claims) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		for (String claim : this.claims) {
			if (claims.get(claim) instanceof Map<?, ?> roles) {
				roles.forEach((role, organizations) -> add(authorities, String.valueOf(role), organizations));
			}
		}
		return new ArrayList<>(authorities);
	}

	private void add(Set<GrantedAuthority> authorities, String role, @Nullable Object organizations) {
		String authority = this.authorityPrefix + role;
		authorities.add(new ZitadelRoleAuthority(authority, role, null, null));
		if (organizations instanceof Map<?, ?> byId) {
			byId.forEach((id, domain) -> authorities.add(new ZitadelRoleAuthority(authority + "@" + id, role,
					String.valueOf(id), (domain != null) ? String.valueOf(domain) : null)));
		}
	}

}
