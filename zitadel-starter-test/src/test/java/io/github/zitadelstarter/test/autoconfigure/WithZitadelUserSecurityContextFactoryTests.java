package io.github.zitadelstarter.test.autoconfigure;

import java.util.Map;

import io.github.zitadelstarter.resourceserver.ZitadelRoleAuthorities;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WithZitadelUserSecurityContextFactory}: ZITADEL's nested role claim,
 * and the authentication the application's settings call for.
 */
class WithZitadelUserSecurityContextFactoryTests {

	@Test
	@WithZitadelUser(value = "7", organization = "111", roles = { "reader", "admin@222", "admin@333" })
	void buildsZitadelsNestedRoleClaim() throws Exception {
		WithZitadelUser user = annotation("buildsZitadelsNestedRoleClaim");
		Map<String, Object> claims = WithZitadelUserSecurityContextFactory.claims(user, "42");
		Map<String, Object> roles = Map.of("reader", Map.of("111", "111.localhost"), "admin",
				Map.of("222", "222.localhost", "333", "333.localhost"));
		assertThat(claims).containsEntry("sub", "7")
			.containsEntry(ZitadelRoleAuthorities.ROLES_CLAIM, roles)
			.containsEntry(ZitadelRoleAuthorities.projectRolesClaim("42"), roles)
			.containsEntry("urn:zitadel:iam:user:resourceowner:id", "111");
	}

	@Test
	@WithZitadelUser(roles = "admin")
	void withoutAnApplicationContextMakesAJwtAuthenticationWithTheDefaultPrefix() throws Exception {
		Authentication authentication = new WithZitadelUserSecurityContextFactory()
			.createSecurityContext(annotation("withoutAnApplicationContextMakesAJwtAuthenticationWithTheDefaultPrefix"))
			.getAuthentication();
		assertThat(authentication).isInstanceOf(JwtAuthenticationToken.class);
		assertThat(authentication.getName()).isEqualTo("100000000000000002");
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_admin", "ROLE_admin@" + WithZitadelUser.DEFAULT_ORGANIZATION);
	}

	@Test
	@WithZitadelUser(roles = "admin")
	void opaqueTokensMakeAnIntrospectedAuthenticationWithTheApplicationsPrefix() throws Exception {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("zitadel.resource-server.token-type", "opaque")
			.withProperty("zitadel.resource-server.authority-prefix", "");
		Authentication authentication = new WithZitadelUserSecurityContextFactory(environment, null, null)
			.createSecurityContext(annotation("opaqueTokensMakeAnIntrospectedAuthenticationWithTheApplicationsPrefix"))
			.getAuthentication();
		assertThat(authentication).isInstanceOf(BearerTokenAuthentication.class);
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("admin", "admin@" + WithZitadelUser.DEFAULT_ORGANIZATION);
	}

	@Test
	@WithZitadelUser(roles = "admin")
	void readsTheApplicationsPropertiesAsTheStarterBindsThem() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("zitadel.resource-server.projectId", " 42 ")
			.withProperty("zitadel.resource-server.authority-prefix", "ZITADEL_");
		Authentication authentication = new WithZitadelUserSecurityContextFactory(environment, null, null)
			.createSecurityContext(annotation("readsTheApplicationsPropertiesAsTheStarterBindsThem"))
			.getAuthentication();
		assertThat(authentication).isInstanceOfSatisfying(JwtAuthenticationToken.class,
				(jwt) -> assertThat(jwt.getToken().getAudience()).containsExactly("42"));
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ZITADEL_admin", "ZITADEL_admin@" + WithZitadelUser.DEFAULT_ORGANIZATION);
	}

	private static WithZitadelUser annotation(String method) throws NoSuchMethodException {
		return AnnotationUtils.findAnnotation(WithZitadelUserSecurityContextFactoryTests.class.getDeclaredMethod(method),
				WithZitadelUser.class);
	}

}
