package io.github.zitadelstarter.test;

import java.io.IOException;
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
 * The test server's v2 services over Connect as a client sees them on the wire: the
 * Connect error bodies and statuses, authentication, the manager roles of service users
 * and the resource controls.
 */
class ConnectServiceTests {

	private static final String USERS = "/zitadel.user.v2.UserService/";

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
	void answersErrorsInTheConnectShapeWithZitadelsErrorDetail() throws Exception {
		HttpResponse<String> response = post(USERS + "GetUserByID", "{\"userId\":\"404\"}");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		Map<String, Object> error = Json.parseObject(response.body());
		assertThat(error).containsEntry("code", "not_found")
			.containsEntry("message", "Errors.User.NotFound (QUERY-Dfbg2)");
		@SuppressWarnings("unchecked")
		Map<String, Object> detail = (Map<String, Object>) ((List<?>) error.get("details")).get(0);
		assertThat(detail).containsEntry("type", "zitadel.v1.ErrorDetail").containsKey("value");
		assertThat(detail.get("debug")).isEqualTo(Map.of("id", "QUERY-Dfbg2", "message", "Errors.User.NotFound"));
		byte[] proto = Base64.getDecoder().decode((String) detail.get("value"));
		assertThat(proto).startsWith(0x0a, "QUERY-Dfbg2".length());
		assertThat(new String(proto, StandardCharsets.UTF_8)).contains("QUERY-Dfbg2").contains("Errors.User.NotFound");
	}

	@Test
	void answersTheStatusOfEachCode() throws Exception {
		String organizationId = this.server.organization().id();
		assertThat(post(USERS + "CreateUser", "{\"human\":{}}").statusCode()).isEqualTo(400);
		assertThat(code(post(USERS + "CreateUser", "{\"human\":{}}"))).isEqualTo("invalid_argument");
		String taken = "{\"organizationId\":\"" + organizationId + "\",\"username\":\"test-service-user\","
				+ "\"machine\":{\"name\":\"again\"}}";
		assertThat(post(USERS + "CreateUser", taken).statusCode()).isEqualTo(409);
		assertThat(code(post(USERS + "CreateUser", taken))).isEqualTo("already_exists");
		String userId = this.server.resources().addHumanUser(this.server.organization(), "u", "U", "V", "u@x.example");
		post(USERS + "DeactivateUser", "{\"userId\":\"" + userId + "\"}");
		HttpResponse<String> again = post(USERS + "DeactivateUser", "{\"userId\":\"" + userId + "\"}");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(code(again)).isEqualTo("failed_precondition");
		assertThat(post(USERS + "GetUserByID", "not json").statusCode()).isEqualTo(400);
		HttpResponse<String> noUserId = post(USERS + "AddSecret", "{}");
		assertThat(noUserId.statusCode()).isEqualTo(400);
		assertThat(code(noUserId)).isEqualTo("invalid_argument");
		assertThat((String) Json.parseObject(noUserId.body()).get("message")).contains("userId");
		// ZITADEL's command answers a user it does not find with a precondition failure here
		HttpResponse<String> unknownUser = post(USERS + "AddSecret", "{\"userId\":\"4711\"}");
		assertThat(unknownUser.statusCode()).isEqualTo(400);
		assertThat(Json.parseObject(unknownUser.body())).containsEntry("code", "failed_precondition")
			.containsEntry("message", "Errors.User.NotExisting (COMMAND-x8910n)");
	}

	@Test
	void answersAlreadyExistsForWhatMustBeUnique() throws Exception {
		Organization organization = this.server.organization();
		String takenId = "{\"organizationId\":\"" + organization.id() + "\",\"userId\":\""
				+ this.server.serviceUser().userId() + "\",\"username\":\"another\",\"machine\":{\"name\":\"x\"}}";
		assertThat(Json.parseObject(post(USERS + "CreateUser", takenId).body()))
			.containsEntry("message", "Errors.User.AlreadyExists (COMMAND-k2unb)");
		String organizations = "/zitadel.org.v2.OrganizationService/AddOrganization";
		assertThat(post(organizations, "{\"name\":\"Tenant\"}").statusCode()).isEqualTo(200);
		assertThat(Json.parseObject(post(organizations, "{\"name\":\"TENANT\"}").body()))
			.containsEntry("message", "Errors.Org.AlreadyExists (COMMAND-1M3kd)");
		String userId = this.server.resources().addHumanUser(organization, "granted", "G", "R", "g@x.example");
		String projectId = this.server.resources().addProject(organization, "Granted", "reader");
		String authorization = "{\"userId\":\"" + userId + "\",\"projectId\":\"" + projectId
				+ "\",\"organizationId\":\"" + organization.id() + "\",\"roleKeys\":[\"reader\"]}";
		String authorizations = "/zitadel.authorization.v2.AuthorizationService/CreateAuthorization";
		assertThat(post(authorizations, authorization).statusCode()).isEqualTo(200);
		HttpResponse<String> again = post(authorizations, authorization);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Json.parseObject(again.body())).containsEntry("message",
				"Errors.UserGrant.AlreadyExists (COMMAND-2n8vs)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.server.resources().addAuthorization(userId, projectId, organization, "reader"));
	}

	@Test
	void authenticatesAsTheV1ApisDoButAnswersInTheConnectShape() throws Exception {
		HttpResponse<String> missing = this.http.postJson(USERS + "GetUserByID", "{}", "");
		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(Json.parseObject(missing.body())).containsEntry("code", "unauthenticated")
			.containsEntry("message", "auth header missing");
		HttpResponse<String> invalid = this.http.postJson(USERS + "GetUserByID", "{}", "Bearer nope");
		assertThat(Json.parseObject(invalid.body())).containsEntry("message", "Token is invalid (AUTH-7fs1e)");
	}

	@Test
	void takesOnlyPostWithJson() throws Exception {
		assertThat(this.http.get(USERS + "GetUserByID", this.bearer).statusCode()).isEqualTo(405);
		assertThat(this.http.postForm(USERS + "GetUserByID", "userId=1").statusCode()).isEqualTo(415);
	}

	@Test
	void aServiceUserWithoutManagerRoleIsDeniedEverything() throws Exception {
		this.server.resources().setManagerRole(this.server.serviceUser(), ManagerRole.NONE);
		for (String rpc : List.of(USERS + "ListUsers", "/zitadel.org.v2.OrganizationService/ListOrganizations",
				"/zitadel.authorization.v2.AuthorizationService/ListAuthorizations")) {
			HttpResponse<String> response = post(rpc, "{}");
			assertThat(response.statusCode()).as(rpc).isEqualTo(403);
			assertThat(Json.parseObject(response.body())).containsEntry("code", "permission_denied")
				.containsEntry("message", "No matching permissions found (AUTH-5mWD2)");
		}
	}

	@Test
	void anOrganizationOwnerManagesItsOwnOrganizationOnly() throws Exception {
		Organization other = this.server.addOrganization("Other", "other.localhost");
		String stranger = this.server.resources().addHumanUser(other, "stranger", "S", "T", "s@x.example");
		String colleague = this.server.resources()
			.addHumanUser(this.server.organization(), "colleague", "C", "L", "c@x.example");
		this.server.resources().setManagerRole(this.server.serviceUser(), ManagerRole.ORG_OWNER);
		assertThat(post(USERS + "GetUserByID", "{\"userId\":\"" + colleague + "\"}").statusCode()).isEqualTo(200);
		assertThat(code(post(USERS + "GetUserByID", "{\"userId\":\"" + stranger + "\"}")))
			.isEqualTo("permission_denied");
		assertThat(post(USERS + "ListUsers", "{}").body()).contains(colleague).doesNotContain(stranger);
		assertThat(code(post("/zitadel.org.v2.OrganizationService/AddOrganization", "{\"name\":\"New\"}")))
			.isEqualTo("permission_denied");
		assertThat(post("/zitadel.org.v2.OrganizationService/ListOrganizations", "{}").body())
			.contains(this.server.organization().id())
			.doesNotContain(other.id());
	}

	@Test
	void listsPageByOffsetAndLimitAndRefuseLimitsOverOneThousand() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.server.resources().addHumanUser(this.server.organization(), "p" + i, "P", "Q", "p" + i + "@x.example");
		}
		String page = post(USERS + "ListUsers",
				"{\"query\":{\"offset\":\"1\",\"limit\":2},\"queries\":[{\"typeQuery\":{\"type\":\"TYPE_HUMAN\"}}]}")
			.body();
		Map<String, Object> json = Json.parseObject(page);
		assertThat(((Map<?, ?>) json.get("details")).get("totalResult")).isEqualTo("3");
		assertThat((List<?>) json.get("result")).hasSize(2);
		assertThat(page).contains("\"username\":\"p1\"", "\"username\":\"p2\"").doesNotContain("\"username\":\"p0\"");
		assertThat(code(post(USERS + "ListUsers", "{\"query\":{\"limit\":1001}}"))).isEqualTo("invalid_argument");
	}

	@Test
	void resourceControlsSeedAndShowWhatTheApplicationChanged() throws Exception {
		Organization organization = this.server.organization();
		String userId = this.server.resources().addHumanUser(organization, "seeded", "See", "Ded", "seeded@x.example");
		String projectId = this.server.resources().addProject(organization, "Seeded", "reader", "writer");
		this.server.resources().addAuthorization(userId, projectId, organization, "reader");
		assertThat(this.server.resources().roleKeys(userId, projectId)).containsExactly("reader");
		post(USERS + "SetUserMetadata",
				"{\"userId\":\"" + userId + "\",\"metadata\":[{\"key\":\"plan\",\"value\":\"cHJv\"}]}");
		assertThat(this.server.resources().metadata(userId)).containsExactly(Map.entry("plan", "pro"));
		assertThat(this.server.resources().userState(userId)).isEqualTo("ACTIVE");
		post(USERS + "DeleteUser", "{\"userId\":\"" + userId + "\"}");
		assertThat(this.server.resources().userState(userId)).isNull();
		assertThat(this.server.resources().roleKeys(userId, projectId)).isEmpty();
	}

	@Test
	void aSecretFromAddSecretIsAcceptedByTheTokenEndpoint() throws Exception {
		String created = post(USERS + "CreateUser", "{\"organizationId\":\"" + this.server.organization().id()
				+ "\",\"username\":\"fresh-robot\",\"machine\":{\"name\":\"Fresh\"}}")
			.body();
		String userId = String.valueOf(Json.parseObject(created).get("id"));
		String secret = addSecret(userId);
		assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
		assertThat(this.http.tokenRequest("fresh-robot", secret).statusCode()).isEqualTo(200);
		String replacement = addSecret(userId);
		assertThat(replacement).isNotEqualTo(secret);
		assertThat(this.http.tokenRequest("fresh-robot", replacement).statusCode()).isEqualTo(200);
		assertThat(this.http.tokenRequest("fresh-robot", secret).body())
			.contains("Errors.User.Machine.Secret.Invalid");
	}

	private String addSecret(String userId) throws IOException, InterruptedException {
		HttpResponse<String> response = post(USERS + "AddSecret", "{\"userId\":\"" + userId + "\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = Json.parseObject(response.body());
		assertThat(body).containsKey("creationDate");
		return (String) body.get("clientSecret");
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return this.http.postJson(path, json, this.bearer);
	}

	private static Object code(HttpResponse<String> response) {
		return Json.parseObject(response.body()).get("code");
	}

}
