package io.github.zitadelstarter.test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Specification of {@link TokenEndpoint}: the client-credentials grant with ZITADEL's
 * client authentication and error answers, and the faults tests ask for.
 */
class TokenEndpointTests {

	private static final String SCOPES = "openid profile email " + ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE;

	private final MutableClock clock = new MutableClock();

	private ZitadelTestServer server;

	private TestServerHttp http;

	private ServiceUser user;

	private String basic;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start(this.clock);
		this.http = new TestServerHttp(this.server.origin());
		this.user = this.server.serviceUser();
		this.basic = TestServerHttp.basic(this.user.clientId(), this.user.clientSecret());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void issuesBearerTokenForUrlEncodedBasicCredentials() throws Exception {
		ServiceUser awkward = this.server.addServiceUser("svc@acme", "a+b/c=d:e%f", this.server.organization());
		HttpResponse<String> response = tokenRequest(TestServerHttp.basic(awkward.clientId(), awkward.clientSecret()),
				"grant_type=client_credentials&scope=" + TestServerHttp.encode(SCOPES));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.body()).containsPattern("\"access_token\":\"[^\"]+\"")
			.contains("\"token_type\":\"Bearer\"")
			.contains("\"expires_in\":43200")
			.containsPattern("\"id_token\":\"[^\"]+\\.[^\"]+\\.\"");
	}

	@Test
	void basicCredentialsAreUrlDecodedSoARawPlusIsASpace() throws Exception {
		this.server.addServiceUser("svc", "a+b", this.server.organization());
		String raw = "Basic " + Base64.getEncoder().encodeToString("svc:a+b".getBytes(StandardCharsets.UTF_8));
		assertOAuthError(tokenRequest(raw, "grant_type=client_credentials&scope=openid"), "invalid_request",
				"Errors.User.Machine.Secret.Invalid");
	}

	@Test
	void rejectsABasicHeaderItCannotDecode() throws Exception {
		assertThat(tokenRequest("Basic not-base64!", "grant_type=client_credentials&scope=openid").body())
			.isEqualTo("{\"error\":\"invalid_client\",\"error_description\":\"invalid basic auth header\"}");
	}

	@Test
	void omitsIdTokenWithoutOpenidScope() throws Exception {
		HttpResponse<String> response = tokenRequest(this.basic, "grant_type=client_credentials&scope=profile");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("id_token");
	}

	@Test
	void acceptsCredentialsInTheFormBody() throws Exception {
		HttpResponse<String> response = tokenRequest(null,
				"grant_type=client_credentials&scope=openid&" + clientSecretPost());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsTwoAuthenticationMethodsInOneRequest() throws Exception {
		assertOAuthError(tokenRequest(this.basic, "grant_type=client_credentials&scope=openid&" + clientSecretPost()),
				"invalid_request", "client authentication must not use more than one method");
	}

	@Test
	void rejectsUnknownClient() throws Exception {
		assertOAuthError(tokenRequest(TestServerHttp.basic("259242039378444290", "secret"),
				"grant_type=client_credentials&scope=openid"), "invalid_client", "client not found");
	}

	@Test
	void rejectsWrongSecret() throws Exception {
		assertOAuthError(tokenRequest(TestServerHttp.basic(this.user.clientId(), "wrong"),
				"grant_type=client_credentials&scope=openid"), "invalid_request", "Errors.User.Machine.Secret.Invalid");
	}

	@Test
	void rejectsMissingOrEmptyScope() throws Exception {
		assertOAuthError(tokenRequest(this.basic, "grant_type=client_credentials"), "invalid_request",
				"The scope of your request is missing. Please ensure some scopes are requested.");
		assertOAuthError(tokenRequest(this.basic, "grant_type=client_credentials&scope="), "invalid_request",
				"The scope of your request is missing. Please ensure some scopes are requested.");
	}

	@Test
	void rejectsMissingAndUnsupportedGrantTypes() throws Exception {
		assertOAuthError(tokenRequest(this.basic, "scope=openid"), "invalid_request", "grant_type missing");
		assertOAuthError(tokenRequest(this.basic, "grant_type=password&scope=openid"), "unsupported_grant_type",
				"password not supported");
	}

	@Test
	void acceptsOnlyFormBodies() throws Exception {
		HttpResponse<String> response = this.http.send(this.http.request(TokenEndpoint.PATH)
			.header("Content-Type", "application/json")
			.header("Authorization", this.basic)
			.POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")));
		assertOAuthError(response, "invalid_request", "request body must be application/x-www-form-urlencoded");
	}

	@Test
	void serviceUnavailableFaultAnswers503ThenServes() throws Exception {
		this.server.failNextTokenRequests(2, TokenEndpointFault.serviceUnavailable());
		assertThat(validTokenRequest().statusCode()).isEqualTo(503);
		assertThat(validTokenRequest().statusCode()).isEqualTo(503);
		assertThat(validTokenRequest().statusCode()).isEqualTo(200);
		assertThat(this.server.tokenRequestCount()).isEqualTo(3);
	}

	@Test
	void clearedFaultsAreNotUsed() throws Exception {
		this.server.failNextTokenRequests(5, TokenEndpointFault.serviceUnavailable());
		assertThat(validTokenRequest().statusCode()).isEqualTo(503);
		this.server.clearTokenEndpointFaults();
		assertThat(validTokenRequest().statusCode()).isEqualTo(200);
	}

	@Test
	void tooManyRequestsFaultAnswers429WithOrWithoutRetryAfter() throws Exception {
		this.server.failNextTokenRequests(1, TokenEndpointFault.tooManyRequests());
		this.server.failNextTokenRequests(1, TokenEndpointFault.tooManyRequests(Duration.ofSeconds(2)));
		HttpResponse<String> first = validTokenRequest();
		assertThat(first.statusCode()).isEqualTo(429);
		assertThat(first.headers().firstValue("Retry-After")).isEmpty();
		HttpResponse<String> second = validTokenRequest();
		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.headers().firstValue("Retry-After")).hasValue("2");
	}

	@Test
	void delayFaultServesTheRequestLate() throws Exception {
		this.server.failNextTokenRequests(1, TokenEndpointFault.delay(Duration.ofMillis(300)));
		long started = System.nanoTime();
		HttpResponse<String> response = validTokenRequest();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void dropConnectionFaultClosesTheConnectionWithoutAnswer() throws Exception {
		this.server.failNextTokenRequests(1, TokenEndpointFault.dropConnection());
		assertThatExceptionOfType(IOException.class).isThrownBy(this::validTokenRequest);
		assertThat(validTokenRequest().statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> validTokenRequest() throws IOException, InterruptedException {
		return tokenRequest(this.basic, "grant_type=client_credentials&scope=" + TestServerHttp.encode(SCOPES));
	}

	private String clientSecretPost() {
		return "client_id=" + TestServerHttp.encode(this.user.clientId()) + "&client_secret="
				+ TestServerHttp.encode(this.user.clientSecret());
	}

	private HttpResponse<String> tokenRequest(String authorization, String form)
			throws IOException, InterruptedException {
		return this.http.postForm(TokenEndpoint.PATH, form, authorization);
	}

	private static void assertOAuthError(HttpResponse<String> response, String error, String description) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
	}

}
