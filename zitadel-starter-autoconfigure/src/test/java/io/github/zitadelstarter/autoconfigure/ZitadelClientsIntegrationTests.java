package io.github.zitadelstarter.autoconfigure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.github.zitadelstarter.autoconfigure.AuthorizationServer.RecordedRequest;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter against a real OAuth2 server on loopback, in a non-web application.
 */
class ZitadelClientsIntegrationTests {

	private static AuthorizationServer server;

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner());

	@BeforeAll
	static void startServer() {
		server = AuthorizationServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void clearRequests() {
		server.clearRecordedRequests();
	}

	@Test
	void readsOrganizationThroughWebClient() {
		this.contextRunner.withPropertyValues(server.properties()).run((context) -> {
			WebClient client = context.getBean("zitadelWebClient", WebClient.class);
			Organization.Response response = client.get()
				.uri("/management/v1/orgs/me")
				.retrieve()
				.bodyToMono(Organization.Response.class)
				.block();
			assertThat(response.org()).isEqualTo(new Organization("259242039378444290", "ACME", "ORG_STATE_ACTIVE",
					"acme.localhost"));
		});
	}

	@Test
	void readsOrganizationThroughRestClient() {
		this.contextRunner.withPropertyValues(server.properties()).run((context) -> {
			RestClient client = context.getBean("zitadelRestClient", RestClient.class);
			Organization.Response response = client.get()
				.uri("/management/v1/orgs/me")
				.retrieve()
				.body(Organization.Response.class);
			assertThat(response.org().name()).isEqualTo("ACME");
		});
	}

	@Test
	void twentyCallsThroughBothClientsCostOneTokenRequest() {
		this.contextRunner.withPropertyValues(server.properties()).run((context) -> {
			WebClient webClient = context.getBean("zitadelWebClient", WebClient.class);
			RestClient restClient = context.getBean("zitadelRestClient", RestClient.class);
			for (int i = 0; i < 10; i++) {
				webClient.get().uri("/management/v1/orgs/me").retrieve().toBodilessEntity().block();
				restClient.get().uri("/management/v1/orgs/me").retrieve().toBodilessEntity();
			}
			assertThat(server.apiRequests()).hasSize(20);
			assertThat(server.tokenRequests()).hasSize(1);
			String token = context.getBean(ZitadelTokenManager.class).getAccessToken().getTokenValue();
			assertThat(server.apiRequests()).extracting(RecordedRequest::authorization)
				.containsOnly("Bearer " + token);
		});
	}

	@Test
	void tokenRequestUsesUrlEncodedBasicCredentialsAndNothingElse() {
		this.contextRunner.withPropertyValues(server.properties()).run((context) -> {
			OAuth2AccessToken token = context.getBean(ZitadelTokenManager.class).getAccessToken();
			assertThat(token.getTokenType()).isEqualTo(OAuth2AccessToken.TokenType.BEARER);
			RecordedRequest request = server.tokenRequests().get(0);
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.authorization()).isEqualTo("Basic " + Base64.getEncoder()
				.encodeToString((urlEncode(AuthorizationServer.CLIENT_ID) + ":"
						+ urlEncode(AuthorizationServer.CLIENT_SECRET))
					.getBytes(StandardCharsets.UTF_8)));
			assertThat(request.formValues("grant_type")).containsExactly("client_credentials");
			assertThat(request.formValues("scope"))
				.containsExactly("openid profile email urn:zitadel:iam:org:project:id:zitadel:aud");
			assertThat(request.form()).doesNotContainKeys("client_id", "client_secret");
		});
	}

	@Test
	void clientSecretPostSendsCredentialsInTheBodyOnly() {
		this.contextRunner.withPropertyValues(server.properties())
			.withPropertyValues("zitadel.client-authentication-method=client_secret_post")
			.run((context) -> {
				RestClient client = context.getBean("zitadelRestClient", RestClient.class);
				Organization.Response response = client.get()
					.uri("/management/v1/orgs/me")
					.retrieve()
					.body(Organization.Response.class);
				assertThat(response.org().name()).isEqualTo("ACME");
				RecordedRequest request = server.tokenRequests().get(0);
				assertThat(request.authorization()).isNull();
				assertThat(request.formValues("client_id")).containsExactly(AuthorizationServer.CLIENT_ID);
				assertThat(request.formValues("client_secret")).containsExactly(AuthorizationServer.CLIENT_SECRET);
			});
	}

	@Test
	void openidIsRequestedEvenWhenTheConfiguredScopesOmitIt() {
		this.contextRunner.withPropertyValues(server.properties())
			.withPropertyValues("zitadel.scopes=urn:zitadel:iam:org:project:id:zitadel:aud")
			.run((context) -> {
				context.getBean(ZitadelTokenManager.class).getAccessToken();
				assertThat(server.tokenRequests()).singleElement()
					.satisfies((request) -> assertThat(request.formValues("scope"))
						.containsExactly("openid urn:zitadel:iam:org:project:id:zitadel:aud"));
			});
	}

	@Test
	void wrongSecretFailsWithTheServersErrorAndWithoutTheSecret() {
		this.contextRunner.withPropertyValues(server.properties())
			.withPropertyValues("zitadel.client-secret=not-the-secret")
			.run((context) -> {
				WebClient client = context.getBean("zitadelWebClient", WebClient.class);
				assertThat(org.assertj.core.api.Assertions.catchThrowable(
						() -> client.get().uri("/management/v1/orgs/me").retrieve().toBodilessEntity().block()))
					.hasMessageContaining("invalid_client")
					.hasMessageNotContaining("not-the-secret");
				assertThat(server.apiRequests()).isEmpty();
			});
	}

	private static String urlEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static List<String> bearerTokens(List<RecordedRequest> requests) {
		return requests.stream().map(RecordedRequest::authorization).distinct().toList();
	}

}
