package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.zitadelstarter.api.ConnectCode;
import io.github.zitadelstarter.api.ListQuery;
import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.ZitadelApiException;
import io.github.zitadelstarter.api.user.AddKeyRequest;
import io.github.zitadelstarter.api.user.AddKeyResponse;
import io.github.zitadelstarter.api.user.AddPersonalAccessTokenRequest;
import io.github.zitadelstarter.api.user.AddPersonalAccessTokenResponse;
import io.github.zitadelstarter.api.user.AddSecretResponse;
import io.github.zitadelstarter.api.user.CreateUserRequest;
import io.github.zitadelstarter.api.user.CreateUserResponse;
import io.github.zitadelstarter.api.user.ListUserMetadataRequest;
import io.github.zitadelstarter.api.user.ListUsersRequest;
import io.github.zitadelstarter.api.user.Metadata;
import io.github.zitadelstarter.api.user.MetadataFilter;
import io.github.zitadelstarter.api.user.User;
import io.github.zitadelstarter.api.user.UserQuery;
import io.github.zitadelstarter.api.user.UserState;
import io.github.zitadelstarter.api.user.UserType;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every call of the typed UserService against the ZITADEL test server, blocking and
 * reactive, with what goes on the wire.
 */
class UserServiceIntegrationTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner())
		.withPropertyValues(StarterContexts.pointingAt(zitadel.server()));

	private final ReactiveWebApplicationContextRunner reactiveContextRunner = StarterContexts
		.withStarter(new ReactiveWebApplicationContextRunner())
		.withPropertyValues(StarterContexts.pointingAt(zitadel.server()));

	@Test
	void createsAHumanUserInOneLineAndReadsItBack() {
		Organization organization = zitadel.server().organization();
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			CreateUserResponse created = api.users()
				.createUser(CreateUserRequest.human(organization.id(), "Jane", "Doe", "jane@example.com"));
			User user = api.users().getUser(created.id());
			assertThat(user.userId()).isEqualTo(created.id()).matches("\\d+");
			assertThat(user.username()).isEqualTo("jane@example.com");
			assertThat(user.state()).isEqualTo(UserState.ACTIVE);
			assertThat(user.organizationId()).isEqualTo(organization.id());
			assertThat(user.human().profile().givenName()).isEqualTo("Jane");
			assertThat(user.human().profile().displayName()).isEqualTo("Jane Doe");
			assertThat(user.human().email().email()).isEqualTo("jane@example.com");
			assertThat(user.human().email().isVerified()).isFalse();
			assertThat(user.machine()).isNull();
			assertThat(created.creationDate()).isNotNull();
			RecordedRequest request = lastRequest("/zitadel.user.v2.UserService/CreateUser");
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.header("Content-Type")).startsWith("application/json");
			assertThat(request.header("Connect-Protocol-Version")).isEqualTo("1");
			assertThat(request.header("Authorization")).startsWith("Bearer ");
			assertThat(request.body()).isEqualTo("{\"organizationId\":\"" + organization.id()
					+ "\",\"human\":{\"profile\":{\"givenName\":\"Jane\",\"familyName\":\"Doe\"},"
					+ "\"email\":{\"email\":\"jane@example.com\"}}}");
		});
	}

	@Test
	void createsAMachineUserWithItsOwnIdAndAHumanWhoseEmailCodeIsReturned() {
		Organization organization = zitadel.server().organization();
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			String id = api.users()
				.createUser(CreateUserRequest.machine(organization.id(), "billing-service", "Billing").withUserId("4242"))
				.id();
			assertThat(id).isEqualTo("4242");
			User machine = api.users().getUser(id);
			assertThat(machine.username()).isEqualTo("billing-service");
			assertThat(machine.machine().name()).isEqualTo("Billing");
			assertThat(machine.machine().hasSecret()).isFalse();
			CreateUserRequest human = CreateUserRequest.human(organization.id(), "Max", "Roe", "max@example.com");
			CreateUserResponse withCode = api.users()
				.createUser(human.withHuman(human.human().withEmailCodeReturned()).withUsername("max"));
			assertThat(withCode.emailCode()).isNotBlank();
			assertThat(withCode.toString()).doesNotContain(withCode.emailCode());
		});
	}

	@Test
	void listsUsersByEveryQueryAndWalksAllPagesLazily() {
		Organization tenant = zitadel.server().addOrganization("Lister", "lister.localhost");
		for (int i = 0; i < 5; i++) {
			zitadel.server().resources().addHumanUser(tenant, "lister-" + i, "Given" + i, "Family", "l" + i + "@x.example");
		}
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			ListUsersRequest inTenant = ListUsersRequest.of(UserQuery.inOrganization(tenant.id()));
			assertThat(api.users().listUsers(inTenant).totalResult()).isEqualTo(5);
			assertThat(api.users().listUsers(ListUsersRequest.of(UserQuery.byEmail("L3@X.EXAMPLE"))).result())
				.extracting(User::username)
				.containsExactly("lister-3");
			assertThat(api.users().listUsers(ListUsersRequest.of(UserQuery.byUsername("lister-1"))).result())
				.hasSize(1);
			assertThat(api.users().listUsers(ListUsersRequest.of(UserQuery.byLoginName("lister-2"))).result())
				.hasSize(1);
			assertThat(api.users()
				.listUsers(ListUsersRequest.of(UserQuery.inOrganization(tenant.id()), UserQuery.ofType(UserType.MACHINE)))
				.result()).isEmpty();
			String firstId = api.users().listUsers(inTenant).result().get(0).userId();
			assertThat(api.users().listUsers(ListUsersRequest.of(UserQuery.withIds(firstId))).result())
				.extracting(User::userId)
				.containsExactly(firstId);
			assertThat(api.users()
				.listUsers(ListUsersRequest.of(UserQuery.or(UserQuery.byUsername("lister-0"),
						UserQuery.byUsername("lister-4"))))
				.result()).hasSize(2);
			zitadel.server().clearRecordedRequests();
			List<User> twoAtATime = api.users()
				.streamUsers(inTenant.withQuery(ListQuery.firstPage(2)))
				.limit(3)
				.toList();
			assertThat(twoAtATime).extracting(User::username).containsExactly("lister-0", "lister-1", "lister-2");
			assertThat(listCalls()).as("two pages fetched for three users").hasSize(2);
			assertThat(listCalls().get(1).body()).contains("\"query\":{\"offset\":\"2\",\"limit\":2}");
			zitadel.server().clearRecordedRequests();
			assertThat(api.users().streamUsers(inTenant.withQuery(ListQuery.firstPage(2)))).hasSize(5);
			assertThat(listCalls()).hasSize(3);
		});
	}

	@Test
	void deactivatesReactivatesAndDeletesAUser() {
		String userId = zitadel.server()
			.resources()
			.addHumanUser(zitadel.server().organization(), "lifecycle", "Life", "Cycle", "life@example.com");
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			assertThat(api.users().deactivateUser(userId).details().changeDate()).isNotNull();
			assertThat(zitadel.server().resources().userState(userId)).isEqualTo("INACTIVE");
			ZitadelApiException twice = catchThrowableOfType(ZitadelApiException.class,
					() -> api.users().deactivateUser(userId));
			assertThat(twice.getCode()).isEqualTo(ConnectCode.FAILED_PRECONDITION);
			assertThat(twice.getStatusCode().value()).isEqualTo(400);
			api.users().reactivateUser(userId);
			assertThat(api.users().getUser(userId).state()).isEqualTo(UserState.ACTIVE);
			api.users().deleteUser(userId);
			ZitadelApiException gone = catchThrowableOfType(ZitadelApiException.class,
					() -> api.users().getUser(userId));
			assertThat(gone.getCode()).isEqualTo(ConnectCode.NOT_FOUND);
			assertThat(gone.getErrorId()).isEqualTo("QUERY-Dfbg2");
			assertThat(gone.getMessage()).contains("/zitadel.user.v2.UserService/GetUserByID", "not_found",
					"Errors.User.NotFound (QUERY-Dfbg2)");
		});
	}

	@Test
	void setsListsAndDeletesMetadataReadableAsTextAndBytes() {
		String userId = zitadel.server()
			.resources()
			.addHumanUser(zitadel.server().organization(), "meta", "Me", "Ta", "meta@example.com");
		byte[] binary = { 0, (byte) 0xff, 42 };
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			assertThat(api.users()
				.setUserMetadata(userId, Metadata.of("tenant", "acme"), Metadata.of("blob", binary))
				.setDate()).isNotNull();
			assertThat(lastRequest("/zitadel.user.v2.UserService/SetUserMetadata").body())
				.contains("{\"key\":\"tenant\",\"value\":\"YWNtZQ==\"}", "{\"key\":\"blob\",\"value\":\"AP8q\"}");
			assertThat(zitadel.server().resources().metadata(userId)).containsEntry("tenant", "acme");
			List<Metadata> all = api.users().streamUserMetadata(ListUserMetadataRequest.of(userId)).toList();
			assertThat(all).extracting(Metadata::key).containsExactly("blob", "tenant");
			assertThat(all.get(0).value()).isEqualTo(binary);
			assertThat(all.get(1).valueAsString()).isEqualTo("acme");
			assertThat(api.users()
				.listUserMetadata(ListUserMetadataRequest.of(userId, MetadataFilter.byKey("tenant")))
				.metadata()).singleElement().satisfies((entry) -> assertThat(entry.valueAsString()).isEqualTo("acme"));
			assertThat(api.users().deleteUserMetadata(userId, "blob").deletionDate()).isNotNull();
			assertThat(zitadel.server().resources().metadata(userId)).containsOnlyKeys("tenant");
		});
	}

	@Test
	void machineCredentialsFromTheApiAreAcceptedByZitadel() {
		Organization organization = zitadel.server().organization();
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			String userId = api.users().createUser(CreateUserRequest.machine(organization.id(), "robot", "Robot")).id();
			AddSecretResponse secret = api.users().addSecret(userId);
			assertThat(secret.toString()).doesNotContain(secret.clientSecret());
			assertThat(api.users().getUser(userId).machine().hasSecret()).isTrue();
			AddPersonalAccessTokenResponse pat = api.users()
				.addPersonalAccessToken(new AddPersonalAccessTokenRequest(userId, Instant.parse("2099-01-01T00:00:00Z")));
			assertThat(pat.toString()).doesNotContain(pat.token());
			assertThat(lastRequest("/zitadel.user.v2.UserService/AddPersonalAccessToken").body())
				.isEqualTo("{\"userId\":\"" + userId + "\",\"expirationDate\":\"2099-01-01T00:00:00Z\"}");
			AddKeyResponse key = api.users().addKey(AddKeyRequest.generated(userId, null));
			assertThat(key.toString()).doesNotContain(key.keyContentAsString());
			assertThat(key.keyContentAsString()).contains("\"keyId\":\"" + key.keyId() + "\"", "\"userId\":\"" + userId);
			for (String credential : List.of("zitadel.client-id=robot,zitadel.client-secret=" + secret.clientSecret(),
					"zitadel.personal-access-token=" + pat.token(), "zitadel.key-json=" + key.keyContentAsString())) {
				StarterContexts.withStarter(new ApplicationContextRunner())
					.withPropertyValues("zitadel.domain=" + zitadel.server().origin())
					.withPropertyValues(credential.split(",(?=zitadel)"))
					.run((robot) -> assertThat(StarterContexts.organizationViaRestClient(robot)).isEqualTo(organization));
			}
		});
	}

	@Test
	void reactiveCallsShareTheRecordsAndWalkPagesLazily() {
		Organization tenant = zitadel.server().addOrganization("Reactive", "reactive.localhost");
		this.reactiveContextRunner.run((context) -> {
			ReactiveZitadel api = context.getBean(ReactiveZitadel.class);
			for (int i = 0; i < 3; i++) {
				api.users()
					.createUser(CreateUserRequest.human(tenant.id(), "R" + i, "X", "r" + i + "@x.example"))
					.block(Duration.ofSeconds(10));
			}
			ListUsersRequest inTenant = ListUsersRequest.of(UserQuery.inOrganization(tenant.id()))
				.withQuery(ListQuery.firstPage(1));
			zitadel.server().clearRecordedRequests();
			assertThat(api.users().streamUsers(inTenant).take(2).collectList().block(Duration.ofSeconds(10)))
				.extracting(User::username)
				.containsExactly("r0@x.example", "r1@x.example");
			assertThat(listCalls()).hasSize(2);
			String id = api.users().listUsers(inTenant).block(Duration.ofSeconds(10)).result().get(0).userId();
			api.users().setUserMetadata(id, Metadata.of("k", "v")).block(Duration.ofSeconds(10));
			assertThat(api.users().getUser(id).block(Duration.ofSeconds(10)).username()).isEqualTo("r0@x.example");
			ZitadelApiException missing = catchThrowableOfType(ZitadelApiException.class,
					() -> api.users().getUser("1").block(Duration.ofSeconds(10)));
			assertThat(missing.getCode()).isEqualTo(ConnectCode.NOT_FOUND);
		});
	}

	@Test
	void reactiveCallsAreSentAgainWithANewTokenAfter401AndBlockingOnesToo() {
		String userId = zitadel.server().serviceUser().userId();
		this.reactiveContextRunner.run((context) -> {
			ReactiveZitadel api = context.getBean(ReactiveZitadel.class);
			api.users().getUser(userId).block(Duration.ofSeconds(10));
			zitadel.server().revokeAllTokens();
			assertThat(api.users().getUser(userId).block(Duration.ofSeconds(10)).userId()).isEqualTo(userId);
		});
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			api.users().getUser(userId);
			zitadel.server().revokeAllTokens();
			zitadel.server().clearRecordedRequests();
			assertThat(api.users().getUser(userId).userId()).isEqualTo(userId);
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void theApplicationsJsonSettingsDoNotChangeWhatIsSentToZitadel() {
		Organization organization = zitadel.server().organization();
		this.contextRunner
			.withConfiguration(
					AutoConfigurations.of(JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class))
			.withPropertyValues("spring.jackson.property-naming-strategy=SNAKE_CASE",
					"spring.jackson.default-property-inclusion=always")
			.run((context) -> {
				context.getBean(Zitadel.class)
					.users()
					.createUser(CreateUserRequest.human(organization.id(), "Snake", "Case", "snake@example.com"));
				assertThat(lastRequest("/zitadel.user.v2.UserService/CreateUser").body()).contains("\"givenName\"")
					.doesNotContain("given_name")
					.doesNotContain("null");
			});
	}

	private static RecordedRequest lastRequest(String path) {
		List<RecordedRequest> requests = zitadel.server()
			.requests()
			.stream()
			.filter((request) -> request.path().equals(path))
			.toList();
		assertThat(requests).isNotEmpty();
		return requests.get(requests.size() - 1);
	}

	private static List<RecordedRequest> listCalls() {
		return zitadel.server()
			.requests()
			.stream()
			.filter((request) -> request.path().endsWith("/ListUsers"))
			.toList();
	}

}
