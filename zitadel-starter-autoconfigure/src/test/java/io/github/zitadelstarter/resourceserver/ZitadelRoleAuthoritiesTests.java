package io.github.zitadelstarter.resourceserver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelRoleAuthorities}: ZITADEL's nested role claims as authorities.
 */
class ZitadelRoleAuthoritiesTests {

	private static final Map<String, Object> ROLES = Map.of("admin", Map.of("111", "acme.example"));

	@Test
	void eachRoleIsHeldAnywhereAndInEachOfItsOrganizations() {
		Map<String, Object> roles = new LinkedHashMap<>();
		roles.put("admin", Map.of("111", "acme.example"));
		roles.put("reader", new TreeMap<>(Map.of("111", "acme.example", "222", "globex.example")));
		assertThat(authorities(new ZitadelRoleAuthorities("ROLE_", null),
				Map.of(ZitadelRoleAuthorities.ROLES_CLAIM, roles)))
			.containsExactly("ROLE_admin", "ROLE_admin@111", "ROLE_reader", "ROLE_reader@111", "ROLE_reader@222");
	}

	@Test
	void authoritiesCarryRoleAndOrganization() {
		assertThat(new ZitadelRoleAuthorities("ROLE_", null).fromClaims(Map.of(ZitadelRoleAuthorities.ROLES_CLAIM, ROLES)))
			.containsExactly(new ZitadelRoleAuthority("ROLE_admin", "admin", null, null),
					new ZitadelRoleAuthority("ROLE_admin@111", "admin", "111", "acme.example"));
	}

	@Test
	void theProjectsOwnClaimIsReadWhenItsIdIsGivenAndDuplicatesCollapse() {
		Map<String, Object> claims = Map.of(ZitadelRoleAuthorities.ROLES_CLAIM, ROLES,
				ZitadelRoleAuthorities.projectRolesClaim("42"),
				Map.of("admin", Map.of("111", "acme.example"), "auditor", Map.of("222", "globex.example")),
				ZitadelRoleAuthorities.projectRolesClaim("43"), Map.of("owner", Map.of("111", "acme.example")));
		assertThat(authorities(new ZitadelRoleAuthorities("ROLE_", "42"), claims)).containsExactly("ROLE_admin",
				"ROLE_admin@111", "ROLE_auditor", "ROLE_auditor@222");
		assertThat(authorities(new ZitadelRoleAuthorities("ROLE_", null), claims)).containsExactly("ROLE_admin",
				"ROLE_admin@111");
	}

	@Test
	void prefixIsConfigurable() {
		assertThat(authorities(new ZitadelRoleAuthorities("", null), Map.of(ZitadelRoleAuthorities.ROLES_CLAIM, ROLES)))
			.containsExactly("admin", "admin@111");
	}

	@Test
	void claimsOfAnotherShapeGiveNoAuthority() {
		ZitadelRoleAuthorities mapping = new ZitadelRoleAuthorities("ROLE_", null);
		assertThat(mapping.fromClaims(Map.of())).isEmpty();
		assertThat(mapping.fromClaims(Map.of(ZitadelRoleAuthorities.ROLES_CLAIM, List.of("admin")))).isEmpty();
		assertThat(authorities(mapping, Map.of(ZitadelRoleAuthorities.ROLES_CLAIM, Map.of("admin", "yes"))))
			.containsExactly("ROLE_admin");
	}

	private static List<String> authorities(ZitadelRoleAuthorities mapping, Map<String, Object> claims) {
		return mapping.fromClaims(claims).stream().map(GrantedAuthority::getAuthority).toList();
	}

}
