package io.github.zitadelstarter.test.autoconfigure;

import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.autoconfigure.AutoConfigureZitadelTestServer.Credential;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureZitadelTestServer#credential()}: the starter authenticates at the
 * test server with the chosen credential of its default service user.
 */
class AutoConfigureZitadelTestServerCredentialTests {

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, classes = Application.class)
	@AutoConfigureZitadelTestServer(credential = Credential.KEY)
	class WithAKey {

		@Test
		void readsTheOrganizationWithAJwtProfileToken(@Autowired ZitadelTestServer zitadel,
				@Autowired @Qualifier("zitadelRestClient") RestClient client, @Autowired Environment environment) {
			assertThat(myOrganization(client)).isEqualTo(zitadel.organization());
			assertThat(zitadel.tokenRequests()).singleElement()
				.satisfies((request) -> assertThat(request.formValues("assertion")).hasSize(1));
			assertThat(environment.getProperty("zitadel.client-secret")).isNull();
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, classes = Application.class)
	@AutoConfigureZitadelTestServer(credential = Credential.PERSONAL_ACCESS_TOKEN)
	class WithAPersonalAccessToken {

		@Test
		void readsTheOrganizationWithoutATokenRequest(@Autowired ZitadelTestServer zitadel,
				@Autowired @Qualifier("zitadelRestClient") RestClient client) {
			assertThat(myOrganization(client)).isEqualTo(zitadel.organization());
			assertThat(zitadel.tokenRequestCount()).isZero();
		}

	}

	private static Organization myOrganization(RestClient client) {
		return client.get().uri("/management/v1/orgs/me").retrieve().body(MyOrganization.class).org();
	}

	record MyOrganization(Organization org) {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
