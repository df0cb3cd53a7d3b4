package io.github.zitadelstarter.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Specification of {@link ZitadelTestServer}: each answer as ZITADEL gives it.
 */
class ZitadelTestServerTests {

	private static final String SCOPES = "openid profile email " + ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE;

	private static final String FORM = "application/x-www-form-urlencoded";

	private final MutableClock clock = new MutableClock();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ZitadelTestServer server;

	private ServiceUser user;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start(this.clock);
		this.user = this.server.serviceUser();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void listensOnLoopback() {
		assertThat(this.server.origin().getScheme()).isEqualTo("http");
		assertThat(this.server.origin().getHost()).isEqualTo("127.0.0.1");
		assertThat(this.server.origin().getPort()).isPositive();
	}

	@Test
	void discoveryNamesZitadelsEndpoints() throws Exception {
		HttpResponse<String> response = get("/.well-known/openid-configuration", null);
		assertThat(response.statusCode()).isEqualTo(200);
		String origin = this.server.origin().toString();
		assertThat(response.body()).contains("\"issuer\":\"" + origin + "\"")
			.contains("\"token_endpoint\":\"" + origin + "/oauth/v2/token\"")
			.contains("\"introspection_endpoint\":\"" + origin + "/oauth/v2/introspect\"")
			.contains("\"revocation_endpoint\":\"" + origin + "/oauth/v2/revoke\"")
			.contains("\"jwks_uri\":\"" + origin + "/oauth/v2/keys\"");
	}

	@Test
	void issuesBearerTokenForUrlEncodedBasicCredentials() throws Exception {
		ServiceUser awkward = this.server.addServiceUser("svc@acme", "a+b/c=d:e%f", this.server.organization());
		HttpResponse<String> response = tokenRequest(basic(awkward.clientId(), awkward.clientSecret()),
				"grant_type=client_credentials&scope=" + encode(SCOPES));
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
	void omitsIdTokenWithoutOpenidScope() throws Exception {
		HttpResponse<String> response = tokenRequest(basic(this.user.clientId(), this.user.clientSecret()),
				"grant_type=client_credentials&scope=profile");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("id_token");
	}

	@Test
	void acceptsCredentialsInTheFormBody() throws Exception {
		HttpResponse<String> response = tokenRequest(null, "grant_type=client_credentials&scope=openid&client_id="
				+ encode(this.user.clientId()) + "&client_secret=" + encode(this.user.clientSecret()));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void rejectsTwoAuthenticationMethodsInOneRequest() throws Exception {
		assertOAuthError(
				tokenRequest(basic(this.user.clientId(), this.user.clientSecret()),
						"grant_type=client_credentials&scope=openid&client_id=" + encode(this.user.clientId())
								+ "&client_secret=" + encode(this.user.clientSecret())),
				"invalid_request", "client authentication must not use more than one method");
	}

	@Test
	void rejectsUnknownClient() throws Exception {
		assertOAuthError(tokenRequest(basic("259242039378444290", "secret"), "grant_type=client_credentials&scope=openid"),
				"invalid_client", "client not found");
	}

	@Test
	void rejectsWrongSecret() throws Exception {
		assertOAuthError(tokenRequest(basic(this.user.clientId(), "wrong"), "grant_type=client_credentials&scope=openid"),
				"invalid_request", "Errors.User.Machine.Secret.Invalid");
	}

	@Test
	void rejectsMissingOrEmptyScope() throws Exception {
		String authorization = basic(this.user.clientId(), this.user.clientSecret());
		assertOAuthError(tokenRequest(authorization, "grant_type=client_credentials"), "invalid_request",
				"The scope of your request is missing. Please ensure some scopes are requested.");
		assertOAuthError(tokenRequest(authorization, "grant_type=client_credentials&scope="), "invalid_request",
				"The scope of your request is missing. Please ensure some scopes are requested.");
	}

	@Test
	void rejectsMissingAndUnsupportedGrantTypes() throws Exception {
		String authorization = basic(this.user.clientId(), this.user.clientSecret());
		assertOAuthError(tokenRequest(authorization, "scope=openid"), "invalid_request", "grant_type missing");
		assertOAuthError(tokenRequest(authorization, "grant_type=password&scope=openid"), "unsupported_grant_type",
				"password not supported");
	}

	@Test
	void acceptsOnlyFormBodies() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/oauth/v2/token"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic(this.user.clientId(), this.user.clientSecret()))
			.POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")));
		assertOAuthError(response, "invalid_request", "request body must be application/x-www-form-urlencoded");
	}

	@Test
	void managementApiNeedsAnAuthorizationHeader() throws Exception {
		assertGatewayError(get("/management/v1/orgs/me", null), 401, 16, "auth header missing");
	}

	@Test
	void managementApiRejectsUnknownTokens() throws Exception {
		assertGatewayError(get("/management/v1/orgs/me", "Bearer not-a-token"), 401, 16,
				"Token is invalid (AUTH-7fs1e)");
	}

	@Test
	void managementApiRejectsTokensWithoutZitadelAudience() throws Exception {
		assertGatewayError(get("/management/v1/orgs/me", "Bearer " + accessToken("openid profile")), 401, 16,
				"invalid audience (APP-Zxfako)");
	}

	@Test
	void managementApiAnswersTheServiceUsersOrganization() throws Exception {
		HttpResponse<String> response = get("/management/v1/orgs/me", "Bearer " + accessToken(SCOPES));
		assertThat(response.statusCode()).isEqualTo(200);
		Organization organization = this.server.organization();
		assertThat(response.body()).startsWith("{\"org\":{\"id\":\"" + organization.id() + "\",\"details\":{")
			.contains("\"state\":\"ORG_STATE_ACTIVE\"")
			.contains("\"name\":\"" + organization.name() + "\"")
			.contains("\"primaryDomain\":\"" + organization.primaryDomain() + "\"")
			.contains("\"resourceOwner\":\"" + organization.id() + "\"");
	}

	@Test
	void managementApiHonoursTheOrganizationHeader() throws Exception {
		Organization other = this.server.addOrganization("Other", "other.localhost");
		String token = "Bearer " + accessToken(SCOPES);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/management/v1/orgs/me"))
			.header("Authorization", token)
			.header("x-zitadel-orgid", other.id()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"" + other.id() + "\"").contains("\"name\":\"Other\"");
		HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/management/v1/orgs/me"))
			.header("Authorization", token)
			.header("x-zitadel-orgid", "1"));
		assertGatewayError(unknown, 403, 7, "No matching permissions found (AUTH-5mWD2)");
	}

	@Test
	void tokensExpireAfterTheirLifetime() throws Exception {
		this.server.setTokenLifetime(Duration.ofSeconds(30));
		HttpResponse<String> response = tokenRequest(basic(this.user.clientId(), this.user.clientSecret()),
				"grant_type=client_credentials&scope=" + encode(SCOPES));
		assertThat(response.body()).contains("\"expires_in\":30");
		String token = "Bearer " + accessTokenOf(response);
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(get("/management/v1/orgs/me", token).statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(1));
		assertGatewayError(get("/management/v1/orgs/me", token), 401, 16, "Token is invalid (AUTH-7fs1e)");
	}

	@Test
	void revokedTokensAreInvalid() throws Exception {
		String first = accessToken(SCOPES);
		String second = accessToken(SCOPES);
		this.server.revokeAllTokens();
		assertGatewayError(get("/management/v1/orgs/me", "Bearer " + first), 401, 16, "Token is invalid (AUTH-7fs1e)");
		assertGatewayError(get("/management/v1/orgs/me", "Bearer " + second), 401, 16,
				"Token is invalid (AUTH-7fs1e)");
		assertThat(get("/management/v1/orgs/me", "Bearer " + accessToken(SCOPES)).statusCode()).isEqualTo(200);
	}

	@Test
	void revocationEndpointRevokesOneToken() throws Exception {
		String revoked = accessToken(SCOPES);
		String kept = accessToken(SCOPES);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/oauth/v2/revoke"))
			.header("Content-Type", FORM)
			.POST(HttpRequest.BodyPublishers.ofString("token=" + encode(revoked))));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(get("/management/v1/orgs/me", "Bearer " + revoked).statusCode()).isEqualTo(401);
		assertThat(get("/management/v1/orgs/me", "Bearer " + kept).statusCode()).isEqualTo(200);
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

	@Test
	void recordsWhatArrived() throws Exception {
		validTokenRequest();
		get("/debug/healthz", null);
		assertThat(this.server.tokenRequestCount()).isEqualTo(1);
		RecordedRequest tokenRequest = this.server.tokenRequests().get(0);
		assertThat(tokenRequest.method()).isEqualTo("POST");
		assertThat(tokenRequest.path()).isEqualTo("/oauth/v2/token");
		assertThat(tokenRequest.header("authorization")).isEqualTo(basic(this.user.clientId(), this.user.clientSecret()));
		assertThat(tokenRequest.header("Content-Type")).isEqualTo(FORM);
		assertThat(tokenRequest.formValues("grant_type")).containsExactly("client_credentials");
		assertThat(tokenRequest.formValues("scope")).containsExactly(SCOPES);
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsExactly("/oauth/v2/token", "/debug/healthz");
		this.server.clearRecordedRequests();
		assertThat(this.server.requests()).isEmpty();
		assertThat(this.server.tokenRequestCount()).isZero();
	}

	@Test
	void healthEndpointAnswersOk() throws Exception {
		HttpResponse<String> response = get("/debug/healthz", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("ok");
	}

	@Test
	void propertiesPointTheStarterAtTheDefaultServiceUser() {
		assertThat(this.server.properties()).containsExactly(
				Map.entry("zitadel.domain", this.server.origin().toString()),
				Map.entry("zitadel.client-id", this.user.clientId()),
				Map.entry("zitadel.client-secret", this.user.clientSecret()));
	}

	@Test
	void externalDomainAnswersOtherHostsWithInstanceNotFoundLikeZitadel() throws Exception {
		this.server.setExternalDomain("auth.example.com");
		HttpResponse<String> otherHost = validTokenRequest();
		assertThat(otherHost.statusCode()).isEqualTo(404);
		assertThat(otherHost.body()).contains("ID=QUERY-n0wng Message=Instance not found");
		assertThat(otherHost.headers().firstValue("Content-Type")).hasValueSatisfying(
				(contentType) -> assertThat(contentType).startsWith("text/plain"));
		HttpResponse<String> instanceHost = send(HttpRequest.newBuilder(uri("/oauth/v2/token"))
			.header("Content-Type", FORM)
			.header("x-zitadel-instance-host", "auth.example.com:443")
			.header("Authorization", basic(this.user.clientId(), this.user.clientSecret()))
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + encode(SCOPES))));
		assertThat(instanceHost.statusCode()).isEqualTo(200);
		assertThat(get("/debug/healthz", null).statusCode()).as("health is not instance-bound").isEqualTo(200);
		assertThat(this.server.tokenRequestCount()).isEqualTo(2);
		this.server.setExternalDomain(null);
		assertThat(validTokenRequest().statusCode()).isEqualTo(200);
	}

	@Test
	void resetUndoesWhatTestsChangeAndKeepsOrganizationsUsersAndTokens() throws Exception {
		Organization organization = this.server.addOrganization("ACME", "acme.localhost");
		ServiceUser added = this.server.addServiceUser("acme-service-user", "acme-secret", organization);
		String token = accessToken(SCOPES);
		this.server.setTokenLifetime(Duration.ofSeconds(30));
		this.server.setExternalDomain("auth.example.com");
		this.server.failNextTokenRequests(1, TokenEndpointFault.serviceUnavailable());
		this.server.reset();
		assertThat(this.server.requests()).isEmpty();
		HttpResponse<String> response = tokenRequest(basic(added.clientId(), added.clientSecret()),
				"grant_type=client_credentials&scope=" + encode(SCOPES));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"expires_in\":43200");
		assertThat(get("/management/v1/orgs/me", "Bearer " + token).statusCode()).isEqualTo(200);
		assertThat(this.server.serviceUser()).isEqualTo(this.user);
	}

	@Test
	void toStringsLeaveOutSecrets() {
		assertThat(this.user.toString()).doesNotContain(this.user.clientSecret());
		assertThat(this.server.toString()).doesNotContain(this.user.clientSecret());
	}

	private HttpResponse<String> validTokenRequest() throws IOException, InterruptedException {
		return tokenRequest(basic(this.user.clientId(), this.user.clientSecret()),
				"grant_type=client_credentials&scope=" + encode(SCOPES));
	}

	private String accessToken(String scopes) throws Exception {
		HttpResponse<String> response = tokenRequest(basic(this.user.clientId(), this.user.clientSecret()),
				"grant_type=client_credentials&scope=" + encode(scopes));
		assertThat(response.statusCode()).isEqualTo(200);
		return accessTokenOf(response);
	}

	private static String accessTokenOf(HttpResponse<String> response) {
		Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> tokenRequest(String authorization, String form)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/oauth/v2/token"))
			.header("Content-Type", FORM)
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return this.server.origin().resolve(path);
	}

	private static void assertOAuthError(HttpResponse<String> response, String error, String description) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body())
			.isEqualTo("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
	}

	private static void assertGatewayError(HttpResponse<String> response, int status, int code, String message) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).startsWith("{\"code\":" + code + ",\"message\":\"" + message + "\",\"details\":[{")
			.contains("\"@type\":\"type.googleapis.com/zitadel.v1.ErrorDetail\"");
	}

	private static String basic(String clientId, String clientSecret) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
