package io.github.zitadelstarter.test;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Specification of {@link UserAccess}: human users' tokens in both formats, with ZITADEL's
 * role claims per organization, signed with keys the server serves.
 */
class UserAccessTests {

	private final MutableClock clock = new MutableClock();

	private ZitadelTestServer server;

	private TestServerHttp http;

	private UserAccess access;

	private ApiApplication api;

	private Organization acme;

	private HumanUser alice;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start(this.clock);
		this.http = new TestServerHttp(this.server.origin());
		this.access = this.server.userAccess();
		this.api = this.access.addApiApplication("Tasks API");
		this.acme = this.server.addOrganization("ACME", "acme.localhost");
		this.alice = this.access.addUser("alice", this.server.organization());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void jwtCarriesTheRolesOfEachOrganizationAndTheUsersOrganization() throws Exception {
		this.access.grant(this.alice, this.api, this.server.organization(), "admin", "reader");
		this.access.grant(this.alice, this.api, this.acme, "reader");
		Jwt jwt = Jwt.parse(this.access.accessToken(this.alice, this.api, TokenFormat.JWT));
		Map<String, Object> roles = Map.of("admin",
				Map.of(this.server.organization().id(), "test-organization.localhost"), "reader",
				Map.of(this.server.organization().id(), "test-organization.localhost", this.acme.id(),
						"acme.localhost"));
		assertThat(jwt.claim("urn:zitadel:iam:org:project:roles")).isEqualTo(roles);
		assertThat(jwt.claim("urn:zitadel:iam:org:project:" + this.api.projectId() + ":roles")).isEqualTo(roles);
		assertThat(jwt.stringClaim("urn:zitadel:iam:user:resourceowner:id")).isEqualTo(this.server.organization().id());
		assertThat(jwt.stringClaim("iss")).isEqualTo(this.server.origin().toString());
		assertThat(jwt.stringClaim("sub")).isEqualTo(this.alice.userId());
		assertThat(jwt.hasAudience(this.api.projectId())).isTrue();
		assertThat(jwt.timeClaim("exp") - jwt.timeClaim("iat")).isEqualTo(Instance.DEFAULT_TOKEN_LIFETIME.toSeconds());
		assertThat(jwt.isSignedBy(servedKey(jwt.header("kid")))).isTrue();
	}

	@Test
	void opaqueTokenIntrospectsToTheClaimsOfTheJwt() throws Exception {
		this.access.grant(this.alice, this.api, this.acme, "admin");
		Jwt jwt = Jwt.parse(this.access.accessToken(this.alice, this.api, TokenFormat.JWT));
		Map<String, Object> answer = Json.parseObject(
				introspect(this.access.accessToken(this.alice, this.api, TokenFormat.OPAQUE), this.api)
					.body());
		assertThat(answer).containsEntry("active", true).containsEntry("sub", this.alice.userId());
		for (String claim : List.of("urn:zitadel:iam:org:project:roles",
				"urn:zitadel:iam:org:project:" + this.api.projectId() + ":roles", "urn:zitadel:iam:user:resourceowner:id",
				"aud", "iss", "client_id")) {
			assertThat(answer.get(claim)).as(claim).isEqualTo(jwt.claim(claim));
		}
	}

	@Test
	void rolesGrantedAfterATokenWasIssuedAreNotInIt() throws Exception {
		String before = this.access.accessToken(this.alice, this.api, TokenFormat.OPAQUE);
		this.access.grant(this.alice, this.api, this.acme, "admin");
		assertThat(introspect(before, this.api).body()).doesNotContain("admin");
		assertThat(introspect(this.access.accessToken(this.alice, this.api, TokenFormat.OPAQUE), this.api)
			.body()).contains("\"admin\":{\"" + this.acme.id() + "\":\"acme.localhost\"}");
	}

	@Test
	void expiredTokensAreExpiredInBothFormats() throws Exception {
		Jwt jwt = Jwt.parse(this.access.expiredAccessToken(this.alice, this.api, TokenFormat.JWT));
		assertThat(jwt.timeClaim("exp")).isLessThan(this.clock.instant().getEpochSecond());
		String opaque = this.access.expiredAccessToken(this.alice, this.api, TokenFormat.OPAQUE);
		assertThat(introspect(opaque, this.api).body()).isEqualTo("{\"active\":false}");
	}

	@Test
	void tokensExpireWithTheServersClock() throws Exception {
		this.server.setTokenLifetime(Duration.ofMinutes(5));
		String token = this.access.accessToken(this.alice, this.api, TokenFormat.OPAQUE);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(introspect(token, this.api).body()).isEqualTo("{\"active\":false}");
	}

	@Test
	void rotatedSigningKeySignsNewTokensWhileTheOldKeyIsStillServed() throws Exception {
		String before = Jwt.parse(this.access.accessToken(this.alice, this.api, TokenFormat.JWT)).header("kid");
		this.access.rotateSigningKey();
		Jwt after = Jwt.parse(this.access.accessToken(this.alice, this.api, TokenFormat.JWT));
		assertThat(after.header("kid")).isNotEqualTo(before);
		assertThat(after.isSignedBy(servedKey(after.header("kid")))).isTrue();
		assertThat(servedKey(before)).isNotNull();
	}

	@Test
	void keyFileIsAnApplicationKey() {
		Map<String, Object> keyFile = Json.parseObject(this.api.keyJson());
		assertThat(keyFile).containsEntry("type", "application").containsEntry("clientId", this.api.clientId());
		assertThat((String) keyFile.get("key")).startsWith("-----BEGIN RSA PRIVATE KEY-----");
		assertThat(this.api.toString()).doesNotContain(this.api.clientSecret()).doesNotContain("PRIVATE KEY");
	}

	@Test
	void grantingToAnUnknownUserFails() {
		HumanUser stranger = new HumanUser("1", "stranger", this.acme);
		assertThatIllegalArgumentException().isThrownBy(() -> this.access.grant(stranger, this.api, this.acme, "x"));
	}

	private PublicKey servedKey(String keyId) throws Exception {
		HttpResponse<String> response = this.http.get("/oauth/v2/keys", null);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> keys = (List<Map<String, Object>>) Json.parseObject(response.body()).get("keys");
		Map<String, Object> jwk = keys.stream().filter((key) -> keyId.equals(key.get("kid"))).findFirst().orElseThrow();
		Base64.Decoder decoder = Base64.getUrlDecoder();
		return KeyFactory.getInstance("RSA")
			.generatePublic(new RSAPublicKeySpec(new BigInteger(1, decoder.decode((String) jwk.get("n"))),
					new BigInteger(1, decoder.decode((String) jwk.get("e")))));
	}

	private HttpResponse<String> introspect(String token, ApiApplication application) throws Exception {
		return this.http.postForm(IntrospectionEndpoint.PATH, "token=" + TestServerHttp.encode(token),
				TestServerHttp.basic(application.clientId(), application.clientSecret()));
	}

}
