package io.github.zitadelstarter.test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specification of {@link UserServiceV2}'s ListUsers and its queries.
 * {@link ConnectServiceTests} specifies what the v2 services share: authentication, error
 * bodies and paging.
 */
class UserServiceV2Tests {

	private static final String LIST_USERS = "/zitadel.user.v2.UserService/ListUsers";

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
		assertThat(object(found.get("details"))).containsEntry("resourceOwner", user.organization().id())
			.containsEntry("sequence", "1");
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
		HttpResponse<String> firstPage = this.http.postJson(LIST_USERS,
				"{\"query\":{\"limit\":1},\"queries\":[" + byOrganization + "]}", this.bearer);
		assertThat((List<?>) Json.parseObject(firstPage.body()).get("result")).singleElement()
			.satisfies((user) -> assertThat(object(user)).containsEntry("userId", first.userId()));
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

}
