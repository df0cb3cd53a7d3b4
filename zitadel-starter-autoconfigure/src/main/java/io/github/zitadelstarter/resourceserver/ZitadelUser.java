package io.github.zitadelstarter.resourceserver;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * The ZITADEL user behind an authenticated request: its ID, its own organization and the
 * roles it holds in each organization. Works for JWT and introspected tokens alike.
 * <pre class="code">
 * &#064;GetMapping("/organizations/{orgId}/invoices")
 * List&lt;Invoice&gt; invoices(&#064;PathVariable String orgId, Authentication authentication) {
 *     if (!ZitadelUser.of(authentication).hasRole("accountant", orgId)) {
 *         throw new AccessDeniedException("not an accountant of " + orgId);
 *     }
 *     ...
 * }
 * </pre>
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelUser {

	private static final String RESOURCE_OWNER = "urn:zitadel:iam:user:resourceowner:";

	private final String id;

	private final Map<String, Object> attributes;

	private final Map<String, Set<String>> organizationsByRole;

	private ZitadelUser(String id, Map<String, Object> attributes, Map<String, Set<String>> organizationsByRole) {
		this.id = id;
		this.attributes = attributes;
		this.organizationsByRole = organizationsByRole;
	}

	/**
	 * Return the user behind a bearer-token authentication.
	 * @param authentication a JWT or an introspected token's authentication
	 * @return the user
	 * @throws IllegalArgumentException if the authentication did not come from a bearer
	 * token
	 */
	public static ZitadelUser of(Authentication authentication) {
		if (!(authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token)) {
			throw new IllegalArgumentException("Not a bearer token's authentication: "
					+ ((authentication != null) ? authentication.getClass().getName() : null));
		}
		Map<String, Set<String>> organizationsByRole = new TreeMap<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority instanceof ZitadelRoleAuthority role) {
				Set<String> organizations = organizationsByRole.computeIfAbsent(role.role(), (key) -> new TreeSet<>());
				if (role.organizationId() != null) {
					organizations.add(role.organizationId());
				}
			}
		}
		return new ZitadelUser(authentication.getName(), token.getTokenAttributes(), organizationsByRole);
	}

	/**
	 * Return the user's ID, the token's subject.
	 * @return the user ID
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Return the ID of the user's own organization (its resource owner), from
	 * urn:zitadel:iam:user:resourceowner:id. ZITADEL asserts it when the client asked for
	 * the urn:zitadel:iam:user:resourceowner scope.
	 * @return the organization ID, or {@code null} if the token does not carry it
	 */
	public @Nullable String organizationId() {
		return attribute(RESOURCE_OWNER + "id");
	}

	/**
	 * Return the name of the user's own organization, from
	 * urn:zitadel:iam:user:resourceowner:name.
	 * @return the organization's name, or {@code null} if the token does not carry it
	 */
	public @Nullable String organizationName() {
		return attribute(RESOURCE_OWNER + "name");
	}

	/**
	 * Return the primary domain of the user's own organization, from
	 * urn:zitadel:iam:user:resourceowner:primary_domain.
	 * @return the domain, or {@code null} if the token does not carry it
	 */
	public @Nullable String organizationDomain() {
		return attribute(RESOURCE_OWNER + "primary_domain");
	}

	/**
	 * Return the keys of the roles the user holds, in any organization.
	 * @return the role keys, sorted
	 */
	public Set<String> roles() {
		return Collections.unmodifiableSet(this.organizationsByRole.keySet());
	}

	/**
	 * Return whether the user holds a role in any organization.
	 * @param role the role's key
	 * @return whether it holds the role
	 */
	public boolean hasRole(String role) {
		return this.organizationsByRole.containsKey(role);
	}

	/**
	 * Return whether the user holds a role in the given organization.
	 * @param role the role's key
	 * @param organizationId the organization's ID
	 * @return whether it holds the role there
	 */
	public boolean hasRole(String role, String organizationId) {
		return organizationsWithRole(role).contains(organizationId);
	}

	/**
	 * Return the organizations in which the user holds a role.
	 * @param role the role's key
	 * @return the organization IDs, sorted, empty if the user does not hold the role
	 */
	public Set<String> organizationsWithRole(String role) {
		return Collections.unmodifiableSet(this.organizationsByRole.getOrDefault(role, Set.of()));
	}

	private @Nullable String attribute(String name) {
		Object value = this.attributes.get(name);
		return (value != null) ? String.valueOf(value) : null;
	}

	@Override
	public String toString() {
		return "ZitadelUser[id=" + this.id + ", organizationId=" + organizationId() + ", roles="
				+ this.organizationsByRole + "]";
	}

}
