package io.github.zitadelstarter.resourceserver.starter;

import io.github.zitadelstarter.resourceserver.ZitadelUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the test applications answer about the authenticated user.
 */
final class Users {

	private Users() {
	}

	static String describe(ZitadelUser user) {
		StringBuilder description = new StringBuilder("id=" + user.id() + " organization=" + user.organizationId());
		user.roles()
			.forEach((role) -> description.append(" ").append(role).append(" in ")
				.append(user.organizationsWithRole(role)));
		return description.toString();
	}

	/**
	 * Return the authorities, sorted, without the FACTOR_BEARER authority that Spring
	 * Security 7.0 adds to some bearer-token authentications but not to reactive JWT ones.
	 */
	static String authorities(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> !authority.startsWith("FACTOR_"))
			.sorted()
			.toList()
			.toString();
	}

}
