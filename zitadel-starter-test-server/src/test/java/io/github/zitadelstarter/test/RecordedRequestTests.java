package io.github.zitadelstarter.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specification of {@link RecordedRequest}: what a test reads of a request, and a
 * {@code toString()} that a test can log in CI without leaking credentials.
 */
class RecordedRequestTests {

	@Test
	void toStringMasksTheAuthorizationValuesAfterTheirScheme() {
		RecordedRequest request = new RecordedRequest("GET", "/management/v1/orgs/me",
				Map.of("authorization", List.of("Bearer access-token-value", "Basic c2VydmljZTpzZWNyZXQ="),
						"proxy-authorization", List.of("proxy-credentials"), "x-zitadel-orgid", List.of("1234")),
				Map.of(), "");
		assertThat(request.toString()).contains("authorization=[Bearer ******, Basic ******]")
			.contains("proxy-authorization=[******]")
			.contains("x-zitadel-orgid=[1234]")
			.doesNotContain("access-token-value")
			.doesNotContain("c2VydmljZTpzZWNyZXQ=")
			.doesNotContain("proxy-credentials");
	}

	@Test
	void toStringMasksSecretsAssertionsAndTokensInTheFormAndGivesTheBodysLengthOnly() {
		String body = "grant_type=client_credentials&client_id=service&client_secret=the-secret"
				+ "&client_assertion=the-client-assertion&assertion=the-assertion&token=the-token";
		RecordedRequest request = new RecordedRequest("POST", "/oauth/v2/token", Map.of(),
				Map.of("grant_type", List.of("client_credentials"), "client_id", List.of("service"), "client_secret",
						List.of("the-secret"), "client_assertion", List.of("the-client-assertion"), "assertion",
						List.of("the-assertion"), "token", List.of("the-token")),
				body);
		assertThat(request.toString()).contains("grant_type=[client_credentials]")
			.contains("client_id=[service]")
			.contains("client_secret=[******]")
			.contains("client_assertion=[******]")
			.contains("assertion=[******]")
			.contains("token=[******]")
			.contains("body=" + body.length() + " characters")
			.doesNotContain("the-secret")
			.doesNotContain("the-client-assertion")
			.doesNotContain("the-assertion")
			.doesNotContain("the-token");
	}

	@Test
	void tokenRequestLogsWithoutTheClientSecret() throws Exception {
		try (ZitadelTestServer server = ZitadelTestServer.start()) {
			ServiceUser user = server.serviceUser();
			String credentials = user.clientId() + ":" + user.clientSecret();
			String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(server.origin() + "/oauth/v2/token"))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=openid"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			RecordedRequest request = server.tokenRequests().get(0);
			assertThat(request.header("Authorization")).isEqualTo("Basic " + basic);
			assertThat(request.toString()).contains("authorization=[Basic ******]")
				.doesNotContain(basic)
				.doesNotContain(user.clientSecret());
		}
	}

}
