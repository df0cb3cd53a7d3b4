package io.github.zitadelstarter.test;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ssl.pem.PemContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specification of the test server's JWT profile grant: each assertion checked as ZITADEL
 * checks it, and every assertion it cannot verify answered with ZITADEL's 500
 * server_error "Errors.Internal".
 */
class JwtProfileGrantTests {

	private static final String SCOPE = "openid " + ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE;

	private final MutableClock clock = new MutableClock();

	private ZitadelTestServer server;

	private TestServerHttp http;

	private ServiceUserKeyFile key;

	private PrivateKey privateKey;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start(this.clock);
		this.http = new TestServerHttp(this.server.origin());
		this.key = this.server.credentials().addKey(this.server.serviceUser());
		String pem = (String) Json.parseObject(this.key.json()).get("key");
		assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----");
		this.privateKey = PemContent.of(pem).getPrivateKey();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aValidAssertionGetsAnAccessTokenForZitadelsApis() throws Exception {
		HttpResponse<String> response = tokenRequest(assertion((claims) -> {
		}));
		assertThat(response.statusCode()).isEqualTo(200);
		String accessToken = (String) Json.parseObject(response.body()).get("access_token");
		assertThat(this.http.get("/management/v1/orgs/me", "Bearer " + accessToken).statusCode()).isEqualTo(200);
	}

	@Test
	void theAudienceMayBeAStringOrAnArrayButMustHoldTheIssuerExactly() throws Exception {
		String issuer = this.server.origin().toString();
		assertThat(tokenRequest(assertion((claims) -> claims.put("aud", issuer))).statusCode()).isEqualTo(200);
		assertRejected(assertion((claims) -> claims.put("aud", List.of(issuer + "/"))));
		assertRejected(assertion((claims) -> claims.put("aud", List.of("https://other.example.com"))));
	}

	@Test
	void theAssertionMustBeRecentAndUnexpiredAndNotFromTheFuture() throws Exception {
		long now = this.clock.instant().getEpochSecond();
		assertRejected(assertion((claims) -> claims.put("iat", now - 3601)));
		assertRejected(assertion((claims) -> claims.put("iat", now + 2)));
		assertRejected(assertion((claims) -> claims.remove("iat")));
		assertRejected(assertion((claims) -> claims.put("exp", now)));
		assertThat(tokenRequest(assertion((claims) -> claims.put("iat", now - 3500))).statusCode()).isEqualTo(200);
	}

	@Test
	void theSubjectMustBeTheIssuer() throws Exception {
		assertRejected(assertion((claims) -> claims.put("sub", "someone-else")));
	}

	@Test
	void onlyAKeyOfTheIssuerThatIsStillThereAndValidVerifies() throws Exception {
		KeyPair other = RsaKeys.generate();
		assertRejected(Jwt.sign(this.key.keyId(), claims((claims) -> {
		}), other.getPrivate()));
		assertRejected(Jwt.sign("unknown-key", claims((claims) -> {
		}), this.privateKey));
		ServiceUserKeyFile expiring = this.server.credentials()
			.addKey(this.server.serviceUser(), this.clock.instant().plus(Duration.ofMinutes(1)));
		PrivateKey expiringKey = PemContent.of((String) Json.parseObject(expiring.json()).get("key")).getPrivateKey();
		this.clock.advance(Duration.ofMinutes(1));
		assertRejected(Jwt.sign(expiring.keyId(), claims((claims) -> {
		}), expiringKey));
		this.server.credentials().removeKey(this.key);
		assertRejected(assertion((claims) -> {
		}));
	}

	@Test
	void whatIsNotASignedJwtIsRejectedAlike() throws Exception {
		assertRejected("not-a-jwt");
		String unsigned = Jwt.encode("{\"alg\":\"none\",\"kid\":\"" + this.key.keyId() + "\"}") + "."
				+ Jwt.encode(Json.write(claims((claims) -> {
				}))) + ".";
		assertRejected(unsigned);
	}

	@Test
	void aMissingAssertionIsAnInvalidRequest() throws Exception {
		HttpResponse<String> response = this.http.postForm("/oauth/v2/token",
				"grant_type=" + TestServerHttp.encode(JwtProfileGrant.GRANT_TYPE) + "&scope=openid");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"error\":\"invalid_request\"");
	}

	@Test
	void theKeyFileIsWhatZitadelWrites() {
		Map<String, Object> file = Json.parseObject(this.key.json());
		assertThat(file.keySet()).containsExactly("type", "keyId", "key", "expirationDate", "userId");
		assertThat(file).containsEntry("type", "serviceaccount")
			.containsEntry("keyId", this.key.keyId())
			.containsEntry("userId", this.server.serviceUser().userId())
			.containsEntry("expirationDate", "0001-01-01T00:00:00Z");
		assertThat(this.key.toString()).doesNotContain("PRIVATE KEY");
	}

	private void assertRejected(String assertion) throws Exception {
		HttpResponse<String> response = tokenRequest(assertion);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).isEqualTo("{\"error\":\"server_error\",\"error_description\":\"Errors.Internal\"}");
	}

	private HttpResponse<String> tokenRequest(String assertion) throws Exception {
		return this.http.postForm("/oauth/v2/token", "grant_type=" + TestServerHttp.encode(JwtProfileGrant.GRANT_TYPE)
				+ "&scope=" + TestServerHttp.encode(SCOPE) + "&assertion=" + TestServerHttp.encode(assertion));
	}

	private String assertion(Consumer<Map<String, Object>> changes) {
		return Jwt.sign(this.key.keyId(), claims(changes), this.privateKey);
	}

	private Map<String, Object> claims(Consumer<Map<String, Object>> changes) {
		Instant now = this.clock.instant();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", this.server.serviceUser().userId());
		claims.put("sub", this.server.serviceUser().userId());
		claims.put("aud", List.of(this.server.origin().toString()));
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.plusSeconds(300).getEpochSecond());
		changes.accept(claims);
		return claims;
	}

}
