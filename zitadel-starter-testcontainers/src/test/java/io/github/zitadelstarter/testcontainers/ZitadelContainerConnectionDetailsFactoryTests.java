package io.github.zitadelstarter.testcontainers;


import io.github.zitadelstarter.autoconfigure.ZitadelAutoConfiguration;
import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.testcontainers.ZitadelContainer.Credential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specification of {@link ZitadelContainerConnectionDetailsFactory}: what
 * {@code @ServiceConnection} gives the ZITADEL starter for a {@link ZitadelContainer},
 * checked with the starter calling the ZITADEL test server behind a container that needs
 * no Docker.
 */
class ZitadelContainerConnectionDetailsFactoryTests {

	private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private final ZitadelTestServer server = ZitadelTestServer.start();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, ZitadelAutoConfiguration.class))
		.withBean(ZitadelTestServer.class, () -> this.server)
		.withUserConfiguration(ContainerConfiguration.class);

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void givesTheStarterTheContainersOriginAndTheServiceUsersKey() {
		this.runner.run((context) -> {
			ZitadelConnectionDetails connectionDetails = context.getBean(ZitadelConnectionDetails.class);
			assertThat(connectionDetails.getClass().getName())
				.endsWith("ZitadelContainerConnectionDetailsFactory$ZitadelContainerConnectionDetails");
			assertThat(connectionDetails.getOrigin()).isEqualTo(this.server.origin());
			ZitadelContainer container = context.getBean(ZitadelContainer.class);
			assertThat(connectionDetails.getCredential()).isInstanceOfSatisfying(ZitadelCredential.ServiceUserKey.class,
					(key) -> assertThat(key.userId()).isEqualTo(((TestServerZitadelContainer) container).serviceUser().userId()));
			assertThat(organizationName(context)).isEqualTo(this.server.organization().name());
			assertThat(this.server.tokenRequests()).singleElement()
				.satisfies((request) -> assertThat(request.formValues("grant_type")).containsExactly(JWT_BEARER));
		});
	}

	@Test
	void givesThePersonalAccessTokenWhenTheContainerSaysSo() {
		this.runner.withPropertyValues("test.credential=PERSONAL_ACCESS_TOKEN").run((context) -> {
			ZitadelContainer container = context.getBean(ZitadelContainer.class);
			assertThat(context.getBean(ZitadelConnectionDetails.class).getCredential())
				.isEqualTo(ZitadelCredential.personalAccessToken(container.getPersonalAccessToken()));
			assertThat(organizationName(context)).isEqualTo(this.server.organization().name());
			assertThat(this.server.tokenRequests()).isEmpty();
		});
	}

	@Test
	void givesAClientSecretCreatedThroughZitadelsApiWhenTheContainerSaysSo() {
		this.runner.withPropertyValues("test.credential=CLIENT_SECRET").run((context) -> {
			ZitadelCredential credential = context.getBean(ZitadelConnectionDetails.class).getCredential();
			assertThat(credential).isInstanceOfSatisfying(ZitadelCredential.ClientSecret.class,
					(secret) -> assertThat(secret.clientId()).isEqualTo(ZitadelContainer.SERVICE_USER_NAME));
			assertThat(context.getBean(ZitadelConnectionDetails.class).getCredential()).isSameAs(credential);
			assertThat(organizationName(context)).isEqualTo(this.server.organization().name());
			assertThat(this.server.requests()).extracting(RecordedRequest::path)
				.containsSubsequence(ClientSecretProvisioner.ADD_SECRET, "/oauth/v2/token", "/oauth/v2/token",
						"/management/v1/orgs/me")
				.filteredOn(ClientSecretProvisioner.ADD_SECRET::equals)
				.hasSize(1);
		});
	}

	@Test
	void takesThePlaceOfTheZitadelProperties() {
		this.runner
			.withPropertyValues("zitadel.domain=https://elsewhere.example.com", "zitadel.client-id=someone-else",
					"zitadel.client-secret=other-secret")
			.run((context) -> {
				assertThat(context).hasSingleBean(ZitadelConnectionDetails.class);
				assertThat(context.getBean(ZitadelConnectionDetails.class).getOrigin()).isEqualTo(this.server.origin());
				assertThat(organizationName(context)).isEqualTo(this.server.organization().name());
			});
	}

	@Test
	void connectionDetailsSayWhereTheyComeFromWithoutASecret() {
		this.runner.withPropertyValues("test.credential=PERSONAL_ACCESS_TOKEN").run((context) -> {
			String personalAccessToken = context.getBean(ZitadelContainer.class).getPersonalAccessToken();
			assertThat(context.getBean(ZitadelConnectionDetails.class).toString()).contains("zitadel")
				.doesNotContain(personalAccessToken);
		});
	}

	private static String organizationName(ApplicationContext context) {
		return context.getBean("zitadelRestClient", RestClient.class)
			.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.body(MyOrganization.class)
			.org()
			.name();
	}

	@Configuration(proxyBeanMethods = false)
	static class ContainerConfiguration {

		@Bean
		@ServiceConnection
		ZitadelContainer zitadel(ZitadelTestServer server, Environment environment) {
			return new TestServerZitadelContainer(server).withServiceConnectionCredential(
					environment.getProperty("test.credential", Credential.class, Credential.KEY));
		}

	}

	record MyOrganization(Organization org) {

	}

	record Organization(String id, String name) {

	}

}
