package io.github.zitadelstarter.resourceserver;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;

/**
 * A ZITADEL project role as a Spring Security authority. A role granted in organization
 * 123 becomes two authorities: {@code ROLE_admin}, held in some organization, and
 * {@code ROLE_admin@123}, held in that organization, so that
 * {@code hasRole('admin')} and {@code hasRole('admin@123')} both work (with the default
 * prefix).
 *
 * @param authority the authority, such as ROLE_admin or ROLE_admin@123
 * @param role the role's key, such as admin
 * @param organizationId the ID of the organization the role is held in, or {@code null}
 * for the authority that names no organization
 * @param organizationDomain the primary domain of that organization, or {@code null}
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ZitadelRoleAuthority(String authority, String role, @Nullable String organizationId,
		@Nullable String organizationDomain) implements GrantedAuthority {

	@Override
	public String getAuthority() {
		return this.authority;
	}

	@Override
	public String toString() {
		return this.authority;
	}

}
