package io.github.zitadelstarter.test;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specification of {@link ManagementApi}: {@code GET /management/v1/orgs/me} with
 * {@code x-zitadel-orgid}, and the gRPC gateway's error bodies of the v1 APIs'
 * authentication.
 */
class ManagementApiTests {

	private static final String MY_ORGANIZATION = "/management/v1/orgs/me";

	private static final String SCOPES = "openid " + ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE;

	private ZitadelTestServer server;

	private TestServerHttp http;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start();
		this.http = new TestServerHttp(this.server.origin());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void needsAnAuthorizationHeader() throws Exception {
		assertGatewayError(this.http.get(MY_ORGANIZATION, null), 401, 16, "auth header missing");
	}

	@Test
	void rejectsUnknownTokens() throws Exception {
		assertGatewayError(this.http.get(MY_ORGANIZATION, "Bearer not-a-token"), 401, 16,
				"Token is invalid (AUTH-7fs1e)");
	}

	@Test
	void rejectsTokensWithoutZitadelAudience() throws Exception {
		String token = this.http.accessToken(this.server.serviceUser(), "openid profile");
		assertGatewayError(this.http.get(MY_ORGANIZATION, "Bearer " + token), 401, 16,
				"invalid audience (APP-Zxfako)");
	}

	@Test
	void answersTheServiceUsersOrganization() throws Exception {
		HttpResponse<String> response = this.http.get(MY_ORGANIZATION, bearer());
		assertThat(response.statusCode()).isEqualTo(200);
		Organization organization = this.server.organization();
		assertThat(response.body()).startsWith("{\"org\":{\"id\":\"" + organization.id() + "\",\"details\":{")
			.contains("\"state\":\"ORG_STATE_ACTIVE\"")
			.contains("\"name\":\"" + organization.name() + "\"")
			.contains("\"primaryDomain\":\"" + organization.primaryDomain() + "\"")
			.contains("\"resourceOwner\":\"" + organization.id() + "\"");
		Map<?, ?> org = (Map<?, ?>) Json.parseObject(response.body()).get("org");
		assertThat((Map<?, ?>) org.get("details")).extracting("sequence").isEqualTo("1");
	}

	@Test
	void honoursTheOrganizationHeader() throws Exception {
		Organization other = this.server.addOrganization("Other", "other.localhost");
		String bearer = bearer();
		HttpResponse<String> response = this.http.send(this.http.request(MY_ORGANIZATION)
			.header("Authorization", bearer)
			.header("x-zitadel-orgid", other.id()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"" + other.id() + "\"").contains("\"name\":\"Other\"");
		HttpResponse<String> unknown = this.http.send(this.http.request(MY_ORGANIZATION)
			.header("Authorization", bearer)
			.header("x-zitadel-orgid", "1"));
		assertGatewayError(unknown, 403, 7, "No matching permissions found (AUTH-5mWD2)");
	}

	private String bearer() throws Exception {
		return "Bearer " + this.http.accessToken(this.server.serviceUser(), SCOPES);
	}

	static void assertGatewayError(HttpResponse<String> response, int status, int code, String message) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).startsWith("{\"code\":" + code + ",\"message\":\"" + message + "\",\"details\":[{")
			.contains("\"@type\":\"type.googleapis.com/zitadel.v1.ErrorDetail\"");
	}

}
