package io.github.zitadelstarter.test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Specification of {@link ZitadelTestServer}: its controls, discovery, revocation, health
 * and the recorded requests. {@link TokenEndpointTests} and {@link ManagementApiTests}
 * specify the token endpoint and the Management API.
 */
class ZitadelTestServerTests {

	private static final String SCOPES = "openid profile email " + ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE;

	private static final String MY_ORGANIZATION = "/management/v1/orgs/me";

	private final MutableClock clock = new MutableClock();

	private ZitadelTestServer server;

	private TestServerHttp http;

	private ServiceUser user;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start(this.clock);
		this.http = new TestServerHttp(this.server.origin());
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
		HttpResponse<String> response = this.http.get("/.well-known/openid-configuration", null);
		assertThat(response.statusCode()).isEqualTo(200);
		String origin = this.server.origin().toString();
		assertThat(response.body()).contains("\"issuer\":\"" + origin + "\"")
			.contains("\"token_endpoint\":\"" + origin + "/oauth/v2/token\"")
			.contains("\"introspection_endpoint\":\"" + origin + "/oauth/v2/introspect\"")
			.contains("\"revocation_endpoint\":\"" + origin + "/oauth/v2/revoke\"")
			.contains("\"jwks_uri\":\"" + origin + "/oauth/v2/keys\"");
	}

	@Test
	void organizationNamesAreUniqueRegardlessOfCase() {
		this.server.addOrganization("ACME", "acme.localhost");
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.addOrganization("acme", "acme.example"))
			.withMessage("Organization name acme is taken");
	}

	@Test
	void tokensExpireAfterTheirLifetime() throws Exception {
		this.server.setTokenLifetime(Duration.ofSeconds(30));
		HttpResponse<String> response = validTokenRequest();
		assertThat(response.body()).contains("\"expires_in\":30");
		String token = "Bearer " + Json.parseObject(response.body()).get("access_token");
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(this.http.get(MY_ORGANIZATION, token).statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(1));
		ManagementApiTests.assertGatewayError(this.http.get(MY_ORGANIZATION, token), 401, 16,
				"Token is invalid (AUTH-7fs1e)");
	}

	@Test
	void revokedTokensAreInvalid() throws Exception {
		String first = this.http.accessToken(this.user, SCOPES);
		String second = this.http.accessToken(this.user, SCOPES);
		this.server.revokeAllTokens();
		ManagementApiTests.assertGatewayError(this.http.get(MY_ORGANIZATION, "Bearer " + first), 401, 16,
				"Token is invalid (AUTH-7fs1e)");
		ManagementApiTests.assertGatewayError(this.http.get(MY_ORGANIZATION, "Bearer " + second), 401, 16,
				"Token is invalid (AUTH-7fs1e)");
		String fresh = this.http.accessToken(this.user, SCOPES);
		assertThat(this.http.get(MY_ORGANIZATION, "Bearer " + fresh).statusCode()).isEqualTo(200);
	}

	@Test
	void revocationEndpointRevokesOneToken() throws Exception {
		String revoked = this.http.accessToken(this.user, SCOPES);
		String kept = this.http.accessToken(this.user, SCOPES);
		HttpResponse<String> response = this.http.postForm("/oauth/v2/revoke",
				"token=" + TestServerHttp.encode(revoked));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.http.get(MY_ORGANIZATION, "Bearer " + revoked).statusCode()).isEqualTo(401);
		assertThat(this.http.get(MY_ORGANIZATION, "Bearer " + kept).statusCode()).isEqualTo(200);
	}

	@Test
	void recordsWhatArrived() throws Exception {
		validTokenRequest();
		this.http.get("/debug/healthz", null);
		assertThat(this.server.tokenRequestCount()).isEqualTo(1);
		RecordedRequest tokenRequest = this.server.tokenRequests().get(0);
		assertThat(tokenRequest.method()).isEqualTo("POST");
		assertThat(tokenRequest.path()).isEqualTo("/oauth/v2/token");
		assertThat(tokenRequest.header("authorization"))
			.isEqualTo(TestServerHttp.basic(this.user.clientId(), this.user.clientSecret()));
		assertThat(tokenRequest.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
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
		HttpResponse<String> response = this.http.get("/debug/healthz", null);
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
		HttpResponse<String> instanceHost = this.http.send(this.http.request(TokenEndpoint.PATH)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("x-zitadel-instance-host", "auth.example.com:443")
			.header("Authorization", TestServerHttp.basic(this.user.clientId(), this.user.clientSecret()))
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&scope=" + TestServerHttp.encode(SCOPES))));
		assertThat(instanceHost.statusCode()).isEqualTo(200);
		assertThat(this.http.get("/debug/healthz", null).statusCode()).as("health is not instance-bound")
			.isEqualTo(200);
		assertThat(this.server.tokenRequestCount()).isEqualTo(2);
		this.server.setExternalDomain(null);
		assertThat(validTokenRequest().statusCode()).isEqualTo(200);
	}

	@Test
	void resetUndoesWhatTestsChangeAndKeepsOrganizationsUsersAndTokens() throws Exception {
		Organization organization = this.server.addOrganization("ACME", "acme.localhost");
		ServiceUser added = this.server.addServiceUser("acme-service-user", "acme-secret", organization);
		String token = this.http.accessToken(this.user, SCOPES);
		this.server.setTokenLifetime(Duration.ofSeconds(30));
		this.server.setExternalDomain("auth.example.com");
		this.server.failNextTokenRequests(1, TokenEndpointFault.serviceUnavailable());
		this.server.reset();
		assertThat(this.server.requests()).isEmpty();
		HttpResponse<String> response = this.http.postForm(TokenEndpoint.PATH,
				"grant_type=client_credentials&scope=" + TestServerHttp.encode(SCOPES),
				TestServerHttp.basic(added.clientId(), added.clientSecret()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"expires_in\":43200");
		assertThat(this.http.get(MY_ORGANIZATION, "Bearer " + token).statusCode()).isEqualTo(200);
		assertThat(this.server.serviceUser()).isEqualTo(this.user);
	}

	@Test
	void toStringsLeaveOutSecrets() {
		assertThat(this.user.toString()).doesNotContain(this.user.clientSecret());
		assertThat(this.server.toString()).doesNotContain(this.user.clientSecret());
	}

	private HttpResponse<String> validTokenRequest() throws IOException, InterruptedException {
		return this.http.postForm(TokenEndpoint.PATH,
				"grant_type=client_credentials&scope=" + TestServerHttp.encode(SCOPES),
				TestServerHttp.basic(this.user.clientId(), this.user.clientSecret()));
	}

}
