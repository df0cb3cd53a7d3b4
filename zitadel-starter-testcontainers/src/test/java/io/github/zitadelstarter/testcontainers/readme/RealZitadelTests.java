package io.github.zitadelstarter.testcontainers.readme;

import io.github.zitadelstarter.testcontainers.ZitadelContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
class RealZitadelTests {

	record Organization(String id, String name) {}

	record MyOrganization(Organization org) {}

	@Container
	@ServiceConnection
	static ZitadelContainer zitadel = new ZitadelContainer();

	@Autowired
	@Qualifier("zitadelRestClient")
	RestClient restClient;

	@Test
	void readsTheServiceUsersOrganization() {
		MyOrganization response = restClient.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.body(MyOrganization.class);
		assertThat(response.org().name()).isEqualTo("ZITADEL");
	}

	@Test
	void givesTheServiceUsersOtherCredentials() {
		assertThat(zitadel.getPersonalAccessToken()).isNotBlank();
		// Created through ZITADEL's API on the first call, returned once ZITADEL accepts it
		assertThat(zitadel.getClientSecret().clientId()).isEqualTo(zitadel.getServiceUserName());
	}

}
