package io.github.zitadelstarter.testcontainers;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter against a real ZITADEL in Docker, connected through
 * {@code @ServiceConnection}. Skipped where Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ZitadelContainerIntegrationTests {

	@Container
	@ServiceConnection
	static ZitadelContainer zitadel = new ZitadelContainer();

	@Autowired
	@Qualifier("zitadelRestClient")
	RestClient restClient;

	@Autowired
	ZitadelConnectionDetails connectionDetails;

	@Test
	void theStarterReadsTheServiceUsersOrganizationWithItsKey() {
		assertThat(this.connectionDetails.getOrigin()).isEqualTo(zitadel.getOrigin());
		assertThat(this.connectionDetails.getCredential()).isInstanceOf(ZitadelCredential.ServiceUserKey.class);
		MyOrganization organization = this.restClient.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.body(MyOrganization.class);
		// The first instance's organization, named as ZITADEL's setup names it by default
		assertThat(organization.org().name()).isEqualTo("ZITADEL");
		assertThat(organization.org().id()).isNotBlank();
	}

	@Test
	void thePersonalAccessTokenCallsZitadelsApis() {
		MyUser me = RestClient.create(zitadel.getOrigin().toString())
			.get()
			.uri("/auth/v1/users/me")
			.header("Authorization", "Bearer " + zitadel.getPersonalAccessToken())
			.retrieve()
			.body(MyUser.class);
		assertThat(me.user().userName()).isEqualTo(ZitadelContainer.SERVICE_USER_NAME);
	}

	@Test
	void aClientSecretCreatedThroughTheApiGetsTokens() throws Exception {
		ZitadelCredential.ClientSecret secret = zitadel.getClientSecret();
		assertThat(secret.clientId()).isEqualTo(ZitadelContainer.SERVICE_USER_NAME);
		assertThat(zitadel.getClientSecret()).isSameAs(secret);
		ZitadelApi.Response token = new ZitadelApi(zitadel.getOrigin()).clientCredentialsToken(secret.clientId(),
				secret.clientSecret(), ClientSecretProvisioner.SCOPE);
		assertThat(token.isOk()).as(token.error()).isTrue();
	}

	record MyOrganization(Organization org) {

	}

	record Organization(String id, String name, String primaryDomain) {

	}

	record MyUser(User user) {

	}

	record User(String id, String userName) {

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
