package io.github.zitadelstarter.testcontainers;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @ServiceConnection} field of a {@code @SpringBootTest}, as the README shows it,
 * with the ZITADEL test server behind a container that needs no Docker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ZitadelContainerConnectionDetailsFactoryIntegrationTests {

	static final ZitadelTestServer server = ZitadelTestServer.start();

	@ServiceConnection
	static ZitadelContainer zitadel = new TestServerZitadelContainer(server);

	@Autowired
	ZitadelConnectionDetails connectionDetails;

	@Autowired
	@Qualifier("zitadelRestClient")
	RestClient restClient;

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void theStarterCallsTheContainerWithTheServiceUsersKey() {
		assertThat(this.connectionDetails.getOrigin()).isEqualTo(zitadel.getOrigin());
		assertThat(this.connectionDetails.getCredential()).isInstanceOf(ZitadelCredential.ServiceUserKey.class);
		MyOrganization response = this.restClient.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.body(MyOrganization.class);
		assertThat(response.org().name()).isEqualTo(server.organization().name());
	}

	record MyOrganization(Organization org) {

	}

	record Organization(String id, String name) {

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
