package io.github.zitadelstarter.test;

import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ssl.pem.PemContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specification of {@link IntrospectionEndpoint}: only API applications introspect, by
 * secret or by private_key_jwt, and only tokens meant for their project are active.
 */
class IntrospectionEndpointTests {

	private static final String INVALID_CLIENT = "{\"error\":\"invalid_client\",\"error_description\":\"client must be authenticated as an API or OIDC application\"}";

	private final MutableClock clock = new MutableClock();

	private ZitadelTestServer server;

	private TestServerHttp http;

	private UserAccess access;

	private ApiApplication api;

	private String token;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start(this.clock);
		this.http = new TestServerHttp(this.server.origin());
		this.access = this.server.userAccess();
		this.api = this.access.addApiApplication("Tasks API");
		HumanUser alice = this.access.addUser("alice", this.server.organization());
		this.token = this.access.accessToken(alice, this.api, TokenFormat.OPAQUE);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void applicationSecretAuthenticates() throws Exception {
		assertThat(introspect(this.token, basic(this.api), "").body()).startsWith("{\"active\":true");
	}

	@Test
	void applicationKeyAuthenticates() throws Exception {
		assertThat(introspect(this.token, null, assertion(this.api, this.api, claims(this.api))).body())
			.startsWith("{\"active\":true");
	}

	@Test
	void serviceUserCredentialsAreRefused() throws Exception {
		ServiceUser serviceUser = this.server.serviceUser();
		ApiApplication asServiceUser = new ApiApplication(this.api.projectId(), serviceUser.clientId(),
				serviceUser.clientSecret(), this.api.keyJson());
		HttpResponse<String> response = introspect(this.token, basic(asServiceUser), "");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(INVALID_CLIENT);
	}

	@Test
	void wrongSecretAndMissingAuthenticationAreRefused() throws Exception {
		ApiApplication wrongSecret = new ApiApplication(this.api.projectId(), this.api.clientId(), "wrong",
				this.api.keyJson());
		assertThat(introspect(this.token, basic(wrongSecret), "").statusCode()).isEqualTo(401);
		assertThat(introspect(this.token, null, "").statusCode()).isEqualTo(401);
	}

	@Test
	void usingMoreThanOneAuthenticationMethodIsAnInvalidRequest() throws Exception {
		HttpResponse<String> response = introspect(this.token, basic(this.api),
				assertion(this.api, this.api, claims(this.api)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(
				"{\"error\":\"invalid_request\",\"error_description\":\"client authentication must not use more than one method\"}");
	}

	@Test
	void assertionsThatZitadelRejectsAreRefused() throws Exception {
		ApiApplication other = this.access.addApiApplication("Other API");
		assertThat(introspect(this.token, null, assertion(this.api, other, claims(this.api))).statusCode())
			.as("signed with another application's key")
			.isEqualTo(401);
		Map<String, Object> wrongAudience = claims(this.api);
		wrongAudience.put("aud", "https://elsewhere.example");
		assertThat(introspect(this.token, null, assertion(this.api, this.api, wrongAudience)).statusCode())
			.as("another audience")
			.isEqualTo(401);
		String old = assertion(this.api, this.api, claims(this.api));
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(introspect(this.token, null, old).statusCode()).as("issued over an hour ago").isEqualTo(401);
	}

	@Test
	void tokensForAnotherProjectUnknownOrRevokedAreInactive() throws Exception {
		ApiApplication other = this.access.addApiApplication("Other API");
		assertThat(introspect(this.token, basic(other), "").body()).isEqualTo("{\"active\":false}");
		assertThat(introspect("unknown", basic(this.api), "").body()).isEqualTo("{\"active\":false}");
		this.server.revokeAllTokens();
		assertThat(introspect(this.token, basic(this.api), "").body()).isEqualTo("{\"active\":false}");
	}

	@Test
	void personalAccessTokensAreActiveForAnyApplication() throws Exception {
		String pat = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		assertThat(introspect(pat, basic(this.api), "").body()).startsWith("{\"active\":true")
			.contains("\"sub\":\"" + this.server.serviceUser().userId() + "\"")
			.contains("\"aud\":[\"" + this.api.projectId() + "\"]");
	}

	private Map<String, Object> claims(ApiApplication application) {
		Instant now = this.clock.instant();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", application.clientId());
		claims.put("sub", application.clientId());
		claims.put("aud", this.server.origin().toString());
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.plusSeconds(3600 * 2).getEpochSecond());
		return claims;
	}

	private static String assertion(ApiApplication application, ApiApplication signer, Map<String, Object> claims)
			throws Exception {
		Map<String, Object> keyFile = Json.parseObject(signer.keyJson());
		PrivateKey key = PemContent.of((String) keyFile.get("key")).getPrivateKey();
		String keyId = (String) Json.parseObject(application.keyJson()).get("keyId");
		return "client_assertion_type=" + TestServerHttp.encode(IntrospectionEndpoint.JWT_BEARER_ASSERTION)
				+ "&client_assertion=" + TestServerHttp.encode(Jwt.sign(keyId, claims, key));
	}

	private HttpResponse<String> introspect(String token, String authorization, String clientAuthentication)
			throws Exception {
		return this.http.postForm(IntrospectionEndpoint.PATH, "token=" + TestServerHttp.encode(token)
				+ (clientAuthentication.isEmpty() ? "" : "&" + clientAuthentication), authorization);
	}

	private static String basic(ApiApplication application) {
		return TestServerHttp.basic(application.clientId(), application.clientSecret());
	}

}
