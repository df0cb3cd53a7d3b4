package io.github.zitadelstarter.resourceserver;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZitadelUser}.
 */
class ZitadelUserTests {

	private static final Map<String, Object> CLAIMS = Map.of("sub", "user-1", ZitadelRoleAuthorities.ROLES_CLAIM,
			Map.of("admin", Map.of("111", "acme.example", "222", "globex.example"), "reader", Map.of()),
			"urn:zitadel:iam:user:resourceowner:id", "111", "urn:zitadel:iam:user:resourceowner:name", "ACME",
			"urn:zitadel:iam:user:resourceowner:primary_domain", "acme.example");

	private final ZitadelRoleAuthorities mapping = new ZitadelRoleAuthorities("ROLE_", null);

	@Test
	void readsAJwtAuthentication() {
		Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").claims((claims) -> claims.putAll(CLAIMS)).build();
		assertUser(ZitadelUser.of(new JwtAuthenticationToken(jwt, this.mapping.fromClaims(CLAIMS), "user-1")));
	}

	@Test
	void readsAnIntrospectedAuthentication() {
		OAuth2IntrospectionAuthenticatedPrincipal principal = new OAuth2IntrospectionAuthenticatedPrincipal(CLAIMS,
				this.mapping.fromClaims(CLAIMS));
		OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token", Instant.now(),
				Instant.now().plusSeconds(60));
		assertUser(ZitadelUser.of(new BearerTokenAuthentication(principal, token, principal.getAuthorities())));
	}

	@Test
	void refusesOtherAuthentications() {
		assertThatIllegalArgumentException().isThrownBy(() -> ZitadelUser.of(new TestingAuthenticationToken("u", "p")));
	}

	private static void assertUser(ZitadelUser user) {
		assertThat(user.id()).isEqualTo("user-1");
		assertThat(user.organizationId()).isEqualTo("111");
		assertThat(user.organizationName()).isEqualTo("ACME");
		assertThat(user.organizationDomain()).isEqualTo("acme.example");
		assertThat(user.roles()).containsExactly("admin", "reader");
		assertThat(user.hasRole("reader")).isTrue();
		assertThat(user.hasRole("admin", "222")).isTrue();
		assertThat(user.hasRole("reader", "111")).isFalse();
		assertThat(user.hasRole("owner")).isFalse();
		assertThat(user.organizationsWithRole("admin")).containsExactly("111", "222");
	}

}
