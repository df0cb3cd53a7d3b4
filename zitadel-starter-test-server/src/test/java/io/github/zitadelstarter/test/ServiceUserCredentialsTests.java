package io.github.zitadelstarter.test;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Specification of {@link ServiceUserCredentials}: personal access tokens, which the
 * caller's own user ({@code GET /auth/v1/users/me}) accepts, the removed client secret and
 * the projection lag of a secret from AddSecret.
 */
class ServiceUserCredentialsTests {

	private static final String SECRET_NOT_EXISTING = "Errors.User.Machine.Secret.NotExisting";

	private final MutableClock clock = new MutableClock();

	private ZitadelTestServer server;

	private TestServerHttp http;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start(this.clock);
		this.http = new TestServerHttp(this.server.origin());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aPersonalAccessTokenCallsTheApisWithoutAnAudience() throws Exception {
		String pat = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		HttpResponse<String> organization = this.http.get("/management/v1/orgs/me", "Bearer " + pat);
		assertThat(organization.statusCode()).isEqualTo(200);
		assertThat(organization.body()).contains("\"id\":\"" + this.server.organization().id() + "\"");
		HttpResponse<String> user = this.http.get("/auth/v1/users/me", "Bearer " + pat);
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"id\":\"" + this.server.serviceUser().userId() + "\"")
			.contains("\"userName\":\"" + this.server.serviceUser().clientId() + "\"")
			.contains("\"state\":\"USER_STATE_ACTIVE\"")
			.contains("\"machine\":{");
	}

	@Test
	void aRevokedOrExpiredPersonalAccessTokenIsInvalid() throws Exception {
		String revoked = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		this.server.credentials().revokePersonalAccessToken(revoked);
		assertInvalid(revoked);
		String expiring = this.server.credentials()
			.addPersonalAccessToken(this.server.serviceUser(), this.clock.instant().plus(Duration.ofHours(1)));
		assertThat(this.http.get("/auth/v1/users/me", "Bearer " + expiring).statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofHours(1));
		assertInvalid(expiring);
	}

	@Test
	void revokingEveryAccessTokenLeavesPersonalAccessTokensValid() throws Exception {
		String pat = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		this.server.revokeAllTokens();
		assertThat(this.http.get("/auth/v1/users/me", "Bearer " + pat).statusCode()).isEqualTo(200);
	}

	@Test
	void theUsersOwnEndpointNeedsAValidToken() throws Exception {
		HttpResponse<String> response = this.http.get("/auth/v1/users/me", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("auth header missing");
	}

	@Test
	void aNewSecretReachesTheTokenEndpointAfterTheProjectionLag() throws Exception {
		ServiceUser user = this.server.addServiceUser("without-secret", "removed", this.server.organization());
		String clientId = user.clientId();
		this.server.credentials().removeClientSecret(user);
		assertThat(this.http.tokenRequest(clientId, "removed").body()).contains(SECRET_NOT_EXISTING);
		this.server.credentials().setSecretProjectionLag(2);
		String secret = addSecret(user);
		assertThat(this.http.tokenRequest(clientId, secret).body()).contains(SECRET_NOT_EXISTING);
		assertThat(this.http.tokenRequest(clientId, secret).body()).contains(SECRET_NOT_EXISTING);
		assertThat(this.http.tokenRequest(clientId, secret).statusCode()).isEqualTo(200);
		String replacement = addSecret(user);
		assertThat(this.http.tokenRequest(clientId, replacement).body()).contains("Errors.User.Machine.Secret.Invalid");
		assertThat(this.http.tokenRequest(clientId, secret).statusCode()).isEqualTo(200);
		assertThat(this.http.tokenRequest(clientId, replacement).statusCode()).isEqualTo(200);
	}

	@Test
	void resetMakesNewSecretsUsableAtOnceAgain() throws Exception {
		this.server.credentials().setSecretProjectionLag(3);
		this.server.reset();
		ServiceUser user = this.server.serviceUser();
		assertThat(this.http.tokenRequest(user.clientId(), addSecret(user)).statusCode()).isEqualTo(200);
	}

	@Test
	void theProjectionLagCannotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.credentials().setSecretProjectionLag(-1));
	}

	@Test
	void controlsOfUnknownUsersAreRefused() {
		ServiceUser stranger = new ServiceUser("1", "stranger", "secret", this.server.organization());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.server.credentials().addPersonalAccessToken(stranger))
			.withMessageContaining("not registered");
	}

	private String addSecret(ServiceUser user) throws Exception {
		String pat = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		HttpResponse<String> response = this.http.postJson("/zitadel.user.v2.UserService/AddSecret",
				"{\"userId\":\"" + user.userId() + "\"}", "Bearer " + pat);
		assertThat(response.statusCode()).isEqualTo(200);
		return (String) Json.parseObject(response.body()).get("clientSecret");
	}

	private void assertInvalid(String token) throws Exception {
		HttpResponse<String> response = this.http.get("/auth/v1/users/me", "Bearer " + token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("Token is invalid (AUTH-7fs1e)");
	}

}
