package io.github.zitadelstarter.autoconfigure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.api.Details;
import io.github.zitadelstarter.api.ListDetails;
import io.github.zitadelstarter.api.ListQuery;
import io.github.zitadelstarter.api.PaginationResponse;
import io.github.zitadelstarter.api.authorization.AuthorizationFilter;
import io.github.zitadelstarter.api.authorization.AuthorizationState;
import io.github.zitadelstarter.api.authorization.CreateAuthorizationRequest;
import io.github.zitadelstarter.api.authorization.ListAuthorizationsRequest;
import io.github.zitadelstarter.api.authorization.ListAuthorizationsResponse;
import io.github.zitadelstarter.api.organization.ListOrganizationsRequest;
import io.github.zitadelstarter.api.organization.ListOrganizationsResponse;
import io.github.zitadelstarter.api.organization.OrganizationQuery;
import io.github.zitadelstarter.api.organization.OrganizationState;
import io.github.zitadelstarter.api.project.AddProjectRoleRequest;
import io.github.zitadelstarter.api.project.ListProjectRolesResponse;
import io.github.zitadelstarter.api.user.AddKeyRequest;
import io.github.zitadelstarter.api.user.AddKeyResponse;
import io.github.zitadelstarter.api.user.CreateUserRequest;
import io.github.zitadelstarter.api.user.GetUserResponse;
import io.github.zitadelstarter.api.user.ListUserMetadataResponse;
import io.github.zitadelstarter.api.user.ListUsersRequest;
import io.github.zitadelstarter.api.user.ListUsersResponse;
import io.github.zitadelstarter.api.user.Metadata;
import io.github.zitadelstarter.api.user.SetUserMetadataRequest;
import io.github.zitadelstarter.api.user.User;
import io.github.zitadelstarter.api.user.UserQuery;
import io.github.zitadelstarter.api.user.UserState;
import io.github.zitadelstarter.api.user.UserType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelJson}: the typed API's records against the JSON of ZITADEL's v2
 * APIs as the reference (zitadel-api-v2.md) shows it: lowerCamelCase names, int64 values as
 * strings, bytes as base64, unset fields omitted, unknown fields and enum values ignored.
 */
class ZitadelJsonTests {

	private final JsonMapper json = ZitadelJson.mapper();

	@Test
	void createUserWritesOnlyTheFieldsThatAreSet() {
		CreateUserRequest human = CreateUserRequest.human("69629023906488334", "Minnie", "Mouse", "mini@mouse.com");
		assertJson(human.withHuman(human.human().withVerifiedEmail().withPassword("Secr3t!", true)).withUsername("minnie"),
				"""
				{"organizationId":"69629023906488334","username":"minnie","human":{
				  "profile":{"givenName":"Minnie","familyName":"Mouse"},
				  "email":{"email":"mini@mouse.com","isVerified":true},
				  "password":{"password":"Secr3t!","changeRequired":true}}}""");
		assertJson(CreateUserRequest.machine("69629023906488334", "ci-bot", "CI bot"), """
				{"organizationId":"69629023906488334","username":"ci-bot","machine":{"name":"CI bot"}}""");
		assertJson(human.withHuman(human.human().withEmailCodeReturned()), """
				{"organizationId":"69629023906488334","human":{"profile":{"givenName":"Minnie","familyName":"Mouse"},
				  "email":{"email":"mini@mouse.com","returnCode":{}}}}""");
	}

	@Test
	void passwordsAreNotShownInToString() {
		CreateUserRequest human = CreateUserRequest.human("1", "Minnie", "Mouse", "mini@mouse.com");
		assertThat(human.withHuman(human.human().withPassword("Secr3t!", false)).toString()).doesNotContain("Secr3t!");
	}

	@Test
	void listUsersWritesTheQueryWithTheOffsetAsStringAndTheQueriesAsTheirAlternatives() {
		ListUsersRequest request = ListUsersRequest
			.of(UserQuery.byEmail("a@b.c"), UserQuery.ofType(UserType.HUMAN),
					UserQuery.not(UserQuery.inState(UserState.INACTIVE)))
			.withQuery(new ListQuery(0, 100, true));
		assertJson(request, """
				{"query":{"offset":"0","limit":100,"asc":true},"queries":[
				  {"emailQuery":{"emailAddress":"a@b.c","method":"TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"}},
				  {"typeQuery":{"type":"TYPE_HUMAN"}},
				  {"notQuery":{"query":{"stateQuery":{"state":"USER_STATE_INACTIVE"}}}}]}""");
		assertJson(ListUsersRequest.of(UserQuery.withIds("1", "2"), UserQuery.byUsername("u")), """
				{"queries":[{"inUserIdsQuery":{"userIds":["1","2"]}},
				  {"userNameQuery":{"userName":"u","method":"TEXT_QUERY_METHOD_EQUALS"}}]}""");
	}

	@Test
	void int64ValuesAreStringsAndInt32ValuesNumbers() {
		assertJson(new ListQuery(200, 100, null), "{\"offset\":\"200\",\"limit\":100}");
		assertJson(new Details(42, null, null, "9"), "{\"sequence\":\"42\",\"resourceOwner\":\"9\"}");
		assertJson(new ListDetails(3, 77, null), "{\"totalResult\":\"3\",\"processedSequence\":\"77\"}");
		assertJson(new PaginationResponse(3, 100), "{\"totalResult\":\"3\",\"appliedLimit\":\"100\"}");
		assertJson(Map.of("boxed", 7L, "int32", 7), "{\"boxed\":\"7\",\"int32\":7}");
		assertThat(read("{\"sequence\":\"9007199254740993\"}", Details.class).sequence()).isEqualTo(9007199254740993L);
	}

	@Test
	void getUserByIdReadsTheReferenceShapeAndIgnoresUnknownFieldsAndStates() {
		GetUserResponse response = read("""
				{"details":{"sequence":"42","changeDate":"2025-01-01T10:00:00.123456Z","resourceOwner":"69629023906488334"},
				 "user":{"userId":"69629026806489455","state":"USER_STATE_ACTIVE","username":"minnie",
				  "loginNames":["minnie@acme.zitadel.cloud"],"preferredLoginName":"minnie@acme.zitadel.cloud",
				  "details":{"sequence":"42","resourceOwner":"69629023906488334"},
				  "human":{"profile":{"givenName":"Minnie","familyName":"Mouse","displayName":"Minnie Mouse",
				    "gender":"GENDER_FEMALE","avatarUrl":"https://a"},"email":{"email":"mini@mouse.com","isVerified":true},
				    "passwordChanged":"2025-01-01T10:00:00Z","newFieldOfAFutureVersion":{"x":1}}}}""",
				GetUserResponse.class);
		User user = response.user();
		assertThat(response.details().sequence()).isEqualTo(42);
		assertThat(response.details().changeDate()).isEqualTo(Instant.parse("2025-01-01T10:00:00.123456Z"));
		assertThat(user.userId()).isEqualTo("69629026806489455");
		assertThat(user.state()).isEqualTo(UserState.ACTIVE);
		assertThat(user.organizationId()).isEqualTo("69629023906488334");
		assertThat(user.loginNames()).containsExactly("minnie@acme.zitadel.cloud");
		assertThat(user.human().profile().avatarUrl()).isEqualTo("https://a");
		assertThat(user.human().email().isVerified()).isTrue();
		assertThat(read("{\"user\":{\"userId\":\"1\",\"state\":\"USER_STATE_OF_THE_FUTURE\",\"machine\":{\"name\":\"m\"}}}",
				GetUserResponse.class)
			.user()).satisfies((machine) -> {
				assertThat(machine.state()).isEqualTo(UserState.UNSPECIFIED);
				assertThat(machine.loginNames()).isEmpty();
				assertThat(machine.machine().hasSecret()).isFalse();
			});
	}

	@Test
	void listUsersReadsTheTotalWrittenAsString() {
		ListUsersResponse response = read("""
				{"details":{"totalResult":"3","timestamp":"2025-01-01T10:00:00Z"},"sortingColumn":"USER_FIELD_NAME_UNSPECIFIED",
				 "result":[{"userId":"1","username":"a"},{"userId":"2","username":"b"},{"userId":"3","username":"c"}]}""",
				ListUsersResponse.class);
		assertThat(response.totalResult()).isEqualTo(3);
		assertThat(response.items()).extracting(User::username).containsExactly("a", "b", "c");
		assertThat(read("{}", ListUsersResponse.class).items()).isEmpty();
	}

	@Test
	void metadataValuesAreBase64OnTheWireAndReadableAsTextAndBytes() {
		assertJson(new SetUserMetadataRequest("1", List.of(Metadata.of("tenant", "acme"), Metadata.of("b", new byte[] { -1 }))),
				"{\"userId\":\"1\",\"metadata\":[{\"key\":\"tenant\",\"value\":\"YWNtZQ==\"},{\"key\":\"b\",\"value\":\"/w==\"}]}");
		ListUserMetadataResponse response = read("""
				{"pagination":{"totalResult":"1","appliedLimit":"100"},"metadata":[{"key":"tenant","value":"YWNtZQ==",
				 "creationDate":"2025-01-01T10:00:00Z","changeDate":"2025-01-02T10:00:00Z"}]}""",
				ListUserMetadataResponse.class);
		assertThat(response.totalResult()).isEqualTo(1);
		assertThat(response.pagination().appliedLimit()).isEqualTo(100);
		Metadata entry = response.metadata().get(0);
		assertThat(entry.valueAsString()).isEqualTo("acme");
		assertThat(entry.value()).containsExactly('a', 'c', 'm', 'e');
		assertThat(entry.changeDate()).isEqualTo(Instant.parse("2025-01-02T10:00:00Z"));
		assertThat(entry.toString()).doesNotContain("acme");
	}

	@Test
	void addKeyWritesTheExpirationAsTimestampAndReadsTheKeyFileFromBase64() {
		assertJson(AddKeyRequest.generated("1", Instant.parse("2030-01-01T00:00:00Z")),
				"{\"userId\":\"1\",\"expirationDate\":\"2030-01-01T00:00:00Z\"}");
		AddKeyResponse response = read("{\"keyId\":\"7\",\"keyContent\":\"eyJ0eXBlIjoic2VydmljZWFjY291bnQifQ==\"}",
				AddKeyResponse.class);
		assertThat(response.keyContentAsString()).isEqualTo("{\"type\":\"serviceaccount\"}");
	}

	@Test
	void organizationsListAndQueriesMatchTheReference() {
		assertJson(ListOrganizationsRequest.of(OrganizationQuery.byName("ACME"), OrganizationQuery.byId("9")), """
				{"queries":[{"nameQuery":{"name":"ACME","method":"TEXT_QUERY_METHOD_EQUALS"}},{"idQuery":{"id":"9"}}]}""");
		ListOrganizationsResponse response = read("""
				{"details":{"totalResult":"1"},"result":[{"id":"9","state":"ORGANIZATION_STATE_ACTIVE","name":"ACME",
				 "primaryDomain":"acme.zitadel.cloud","details":{"sequence":"3","resourceOwner":"9"}}]}""",
				ListOrganizationsResponse.class);
		assertThat(response.result().get(0).state()).isEqualTo(OrganizationState.ACTIVE);
		assertThat(response.result().get(0).primaryDomain()).isEqualTo("acme.zitadel.cloud");
	}

	@Test
	void projectsAndAuthorizationsMatchTheReference() {
		assertJson(new AddProjectRoleRequest("5", "admin", "Administrator", null),
				"{\"projectId\":\"5\",\"roleKey\":\"admin\",\"displayName\":\"Administrator\"}");
		ListProjectRolesResponse roles = read("""
				{"pagination":{"totalResult":"1"},"projectRoles":[{"key":"admin","displayName":"Administrator","group":"g","projectId":"5"}]}""",
				ListProjectRolesResponse.class);
		assertThat(roles.projectRoles().get(0).group()).isEqualTo("g");
		assertJson(new CreateAuthorizationRequest("1", "5", "9", List.of("admin")),
				"{\"userId\":\"1\",\"projectId\":\"5\",\"organizationId\":\"9\",\"roleKeys\":[\"admin\"]}");
		assertJson(ListAuthorizationsRequest.of(AuthorizationFilter.ofUsers("1"), AuthorizationFilter.ofProject("5"),
				AuthorizationFilter.withRole("admin"), AuthorizationFilter.inState(AuthorizationState.ACTIVE))
			.withPagination(ListQuery.firstPage(10)), """
				{"pagination":{"offset":"0","limit":10},"filters":[{"inUserIds":{"ids":["1"]}},{"projectId":{"id":"5"}},
				 {"roleKey":{"key":"admin","method":"TEXT_FILTER_METHOD_EQUALS"}},{"state":{"state":"STATE_ACTIVE"}}]}""");
		ListAuthorizationsResponse authorizations = read("""
				{"pagination":{"totalResult":"1","appliedLimit":"100"},"authorizations":[{"id":"3",
				 "user":{"id":"1","preferredLoginName":"minnie","displayName":"Minnie Mouse","organizationId":"9"},
				 "project":{"id":"5","name":"Shop","organizationId":"9"},"organization":{"id":"9","name":"ACME"},
				 "roles":[{"key":"admin","displayName":"Administrator","group":""}],"state":"STATE_ACTIVE"}]}""",
				ListAuthorizationsResponse.class);
		assertThat(authorizations.authorizations().get(0).roleKeys()).containsExactly("admin");
		assertThat(authorizations.authorizations().get(0).state()).isEqualTo(AuthorizationState.ACTIVE);
		assertThat(authorizations.authorizations().get(0).user().displayName()).isEqualTo("Minnie Mouse");
	}

	private void assertJson(Object value, String expected) {
		JsonNode actual = this.json.readTree(this.json.writeValueAsString(value));
		assertThat(actual).isEqualTo(this.json.readTree(expected));
	}

	private <T> T read(String text, Class<T> type) {
		return this.json.readValue(text, type);
	}

}
