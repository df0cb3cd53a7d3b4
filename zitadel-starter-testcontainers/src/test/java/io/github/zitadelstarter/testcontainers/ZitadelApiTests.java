package io.github.zitadelstarter.testcontainers;

import java.util.Map;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specification of {@link ZitadelApi} against the ZITADEL test server.
 */
class ZitadelApiTests {

	private final ZitadelTestServer server = ZitadelTestServer.start();

	private final ZitadelApi api = new ZitadelApi(this.server.origin());

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void getsWithABearerToken() throws Exception {
		String token = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		ZitadelApi.Response response = this.api.get("/auth/v1/users/me", token);
		assertThat(response.isOk()).isTrue();
		assertThat(response.json()).containsKey("user");
		assertThat(this.server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.header("Authorization")).isEqualTo("Bearer " + token));
	}

	@Test
	void callsConnectMethodsWithAJsonBody() throws Exception {
		String token = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		ZitadelApi.Response response = this.api.connect("/zitadel.user.v2.UserService/AddSecret", token,
				Map.of("userId", this.server.serviceUser().userId()));
		assertThat(response.isOk()).isTrue();
		assertThat(this.server.requests()).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.body()).isEqualTo("{\"userId\":\"" + this.server.serviceUser().userId() + "\"}");
			assertThat(request.header("Content-Type")).isEqualTo("application/json");
			assertThat(request.header("Connect-Protocol-Version")).isEqualTo("1");
		});
	}

	@Test
	void requestsTokensWithTheClientSecretInABasicHeader() throws Exception {
		ZitadelApi.Response response = this.api.clientCredentialsToken(this.server.serviceUser().clientId(),
				this.server.serviceUser().clientSecret(), "openid " + ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE);
		assertThat(response.isOk()).isTrue();
		assertThat(this.server.tokenRequests()).singleElement().satisfies((request) -> {
			assertThat(request.form()).containsOnlyKeys("grant_type", "scope");
			assertThat(request.header("Authorization")).startsWith("Basic ");
		});
	}

	@Test
	void anErrorNamesZitadelsErrorButNoOtherField() {
		ZitadelApi.Response oauth = new ZitadelApi.Response(400,
				"{\"error\":\"invalid_request\",\"error_description\":\"Errors.User.Machine.Secret.NotExisting\"}");
		assertThat(oauth.error())
			.isEqualTo("HTTP 400 error=invalid_request error_description=Errors.User.Machine.Secret.NotExisting");
		ZitadelApi.Response connect = new ZitadelApi.Response(401,
				"{\"code\":\"unauthenticated\",\"message\":\"Token is invalid (AUTH-7fs1e)\",\"clientSecret\":\"s3cr3t\"}");
		assertThat(connect.error()).isEqualTo("HTTP 401 code=unauthenticated message=Token is invalid (AUTH-7fs1e)");
		ZitadelApi.Response text = new ZitadelApi.Response(404, "unable to set instance using origin x\n");
		assertThat(text.error()).isEqualTo("HTTP 404 unable to set instance using origin x");
		assertThat(new ZitadelApi.Response(502, "").error()).isEqualTo("HTTP 502");
		assertThat(new ZitadelApi.Response(500, "x".repeat(1000)).error()).hasSize("HTTP 500 ".length() + 300);
	}

	@Test
	void aBodyThatIsNoJsonObjectReadsAsEmpty() {
		assertThat(new ZitadelApi.Response(200, "ok").json()).isEmpty();
		assertThat(new ZitadelApi.Response(200, "").json()).isEmpty();
	}

}
