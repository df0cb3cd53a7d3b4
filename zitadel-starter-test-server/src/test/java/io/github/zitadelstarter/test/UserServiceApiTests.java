package io.github.zitadelstarter.test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Specification of the test server's User Service v2 ({@code ListUsers},
 * {@code AddSecret}) over Connect, and of the token endpoint's view of a new secret.
 */
class UserServiceApiTests {

	private static final String LIST_USERS = "/zitadel.user.v2.UserService/ListUsers";

	private static final String ADD_SECRET = "/zitadel.user.v2.UserService/AddSecret";

	private ZitadelTestServer server;

	private TestServerHttp http;

	private String bearer;

	@BeforeEach
	void start() {
		this.server = ZitadelTestServer.start();
		this.http = new TestServerHttp(this.server.origin());
		this.bearer = "Bearer " + this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void listUsersFindsAMachineUserByItsUserName() throws Exception {
		ServiceUser user = this.server.serviceUser();
		HttpResponse<String> response = this.http.postJson(LIST_USERS,
				"{\"queries\":[{\"userNameQuery\":{\"userName\":\"" + user.clientId()
						+ "\",\"method\":\"TEXT_QUERY_METHOD_EQUALS\"}}]}", this.bearer);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		Map<String, Object> body = Json.parseObject(response.body());
		assertThat(object(body.get("details"))).containsEntry("totalResult", "1");
		List<?> result = (List<?>) body.get("result");
		assertThat(result).hasSize(1);
		Map<String, Object> found = object(result.get(0));
		assertThat(found).containsEntry("userId", user.userId())
			.containsEntry("username", user.clientId())
			.containsEntry("state", "USER_STATE_ACTIVE")
			.containsEntry("preferredLoginName", user.clientId());
		assertThat(object(found.get("details"))).containsEntry("resourceOwner", user.organization().id());
		assertThat(object(found.get("machine"))).containsEntry("hasSecret", true)
			.containsEntry("accessTokenType", "ACCESS_TOKEN_TYPE_BEARER");
	}

	@Test
	void listUsersMatchesTextCaseAsTheMethodSays() throws Exception {
		this.server.addServiceUser("Reporting-Job", "secret", this.server.organization());
		assertThat(userNames("{\"userNameQuery\":{\"userName\":\"reporting-job\"}}")).isEmpty();
		assertThat(userNames(
				"{\"userNameQuery\":{\"userName\":\"reporting-job\",\"method\":\"TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE\"}}"))
			.containsExactly("Reporting-Job");
		assertThat(userNames("{\"userNameQuery\":{\"userName\":\"Report\",\"method\":\"TEXT_QUERY_METHOD_STARTS_WITH\"}}"))
			.containsExactly("Reporting-Job");
		assertThat(userNames("{\"loginNameQuery\":{\"loginName\":\"JOB\",\"method\":\"TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE\"}}"))
			.containsExactly("Reporting-Job");
	}

	@Test
	void listUsersCombinesQueriesAndPages() throws Exception {
		Organization other = this.server.addOrganization("Other", "other.localhost");
		ServiceUser first = this.server.addServiceUser("first", "secret", other);
		ServiceUser second = this.server.addServiceUser("second", "secret", other);
		String byOrganization = "{\"organizationIdQuery\":{\"organizationId\":\"" + other.id() + "\"}}";
		assertThat(userNames(byOrganization + ",{\"typeQuery\":{\"type\":\"TYPE_MACHINE\"}}")).containsExactly("first",
				"second");
		assertThat(userNames(byOrganization + ",{\"typeQuery\":{\"type\":\"TYPE_HUMAN\"}}")).isEmpty();
		assertThat(userNames("{\"inUserIdsQuery\":{\"userIds\":[\"" + second.userId() + "\"]}}"))
			.containsExactly("second");
		HttpResponse<String> page = this.http.postJson(LIST_USERS,
				"{\"query\":{\"offset\":\"1\",\"limit\":1},\"queries\":[" + byOrganization + "]}", this.bearer);
		Map<String, Object> body = Json.parseObject(page.body());
		assertThat(object(body.get("details"))).containsEntry("totalResult", "2");
		assertThat((List<?>) body.get("result")).singleElement()
			.satisfies((user) -> assertThat(object(user)).containsEntry("userId", second.userId()));
		assertThat(first.userId()).isNotEqualTo(second.userId());
	}

	@Test
	void theUserServiceNeedsAValidToken() throws Exception {
		HttpResponse<String> missing = this.http.postJson(LIST_USERS, "{}", "");
		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(Json.parseObject(missing.body())).containsEntry("code", "unauthenticated")
			.containsEntry("message", "auth header missing");
		HttpResponse<String> invalid = this.http.postJson(ADD_SECRET, "{}", "Bearer nope");
		assertThat(invalid.statusCode()).isEqualTo(401);
		assertThat(Json.parseObject(invalid.body())).containsEntry("message", "Token is invalid (AUTH-7fs1e)");
	}

	@Test
	void connectErrorsCarryZitadelsErrorDetail() throws Exception {
		HttpResponse<String> response = this.http.postJson(ADD_SECRET, "{\"userId\":\"4711\"}", this.bearer);
		assertThat(response.statusCode()).isEqualTo(400);
		Map<String, Object> body = Json.parseObject(response.body());
		assertThat(body).containsEntry("code", "failed_precondition")
			.containsEntry("message", "Errors.User.NotExisting (COMMAND-x8910n)");
		Map<String, Object> detail = object(((List<?>) body.get("details")).get(0));
		assertThat(detail).containsEntry("type", "zitadel.v1.ErrorDetail");
		assertThat(object(detail.get("debug"))).containsEntry("id", "COMMAND-x8910n")
			.containsEntry("message", "Errors.User.NotExisting");
		byte[] proto = Base64.getDecoder().decode((String) detail.get("value"));
		assertThat(proto).startsWith(0x0a, "COMMAND-x8910n".length());
		assertThat(new String(proto, StandardCharsets.UTF_8)).contains("COMMAND-x8910n")
			.contains("Errors.User.NotExisting");
	}

	@Test
	void addSecretRefusesAMissingUserId() throws Exception {
		HttpResponse<String> missing = this.http.postJson(ADD_SECRET, "{}", this.bearer);
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(Json.parseObject(missing.body())).containsEntry("code", "invalid_argument");
		assertThat((String) Json.parseObject(missing.body()).get("message")).contains("userId");
	}

	@Test
	void addSecretReplacesTheMachineUsersSecret() throws Exception {
		ServiceUser user = this.server.serviceUser();
		String secret = addSecret(user);
		assertThat(secret).isNotEqualTo(user.clientSecret()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(tokenRequest(user.clientId(), secret).statusCode()).isEqualTo(200);
		assertThat(tokenRequest(user.clientId(), user.clientSecret()).body())
			.contains("Errors.User.Machine.Secret.Invalid");
	}

	@Test
	void aNewSecretReachesTheTokenEndpointAfterTheProjectionLag() throws Exception {
		ServiceUser user = this.server.addServiceUser("without-secret", "removed", this.server.organization());
		this.server.credentials().removeClientSecret(user);
		assertThat(tokenRequest(user.clientId(), "removed").body()).contains("Errors.User.Machine.Secret.NotExisting");
		this.server.credentials().setSecretProjectionLag(2);
		String secret = addSecret(user);
		assertThat(tokenRequest(user.clientId(), secret).body()).contains("Errors.User.Machine.Secret.NotExisting");
		assertThat(tokenRequest(user.clientId(), secret).body()).contains("Errors.User.Machine.Secret.NotExisting");
		assertThat(tokenRequest(user.clientId(), secret).statusCode()).isEqualTo(200);
		String replacement = addSecret(user);
		assertThat(tokenRequest(user.clientId(), replacement).body()).contains("Errors.User.Machine.Secret.Invalid");
		assertThat(tokenRequest(user.clientId(), secret).statusCode()).isEqualTo(200);
		assertThat(tokenRequest(user.clientId(), replacement).statusCode()).isEqualTo(200);
	}

	@Test
	void resetMakesNewSecretsUsableAtOnceAgain() throws Exception {
		this.server.credentials().setSecretProjectionLag(3);
		this.server.reset();
		ServiceUser user = this.server.serviceUser();
		assertThat(tokenRequest(user.clientId(), addSecret(user)).statusCode()).isEqualTo(200);
	}

	@Test
	void theProjectionLagCannotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.credentials().setSecretProjectionLag(-1));
	}

	private List<String> userNames(String queries) throws Exception {
		HttpResponse<String> response = this.http.postJson(LIST_USERS,
				"{\"queries\":[" + queries + "]}", this.bearer);
		assertThat(response.statusCode()).isEqualTo(200);
		return ((List<?>) Json.parseObject(response.body()).get("result")).stream()
			.map((user) -> (String) object(user).get("username"))
			.filter((name) -> !name.equals(this.server.serviceUser().clientId()))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object json) {
		return (Map<String, Object>) json;
	}

	private String addSecret(ServiceUser user) throws Exception {
		HttpResponse<String> response = this.http.postJson(ADD_SECRET,
				"{\"userId\":\"" + user.userId() + "\"}", this.bearer);
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = Json.parseObject(response.body());
		assertThat(body).containsKey("creationDate");
		return (String) body.get("clientSecret");
	}

	private HttpResponse<String> tokenRequest(String clientId, String clientSecret) throws Exception {
		return this.http.postForm("/oauth/v2/token",
				"grant_type=client_credentials&scope=openid&client_id=" + TestServerHttp.encode(clientId)
						+ "&client_secret=" + TestServerHttp.encode(clientSecret));
	}

}
