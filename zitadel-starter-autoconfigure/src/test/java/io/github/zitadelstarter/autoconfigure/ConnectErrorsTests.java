package io.github.zitadelstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import io.github.zitadelstarter.api.ConnectCode;
import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.ZitadelApiException;
import io.github.zitadelstarter.api.user.CreateUserRequest;
import io.github.zitadelstarter.api.user.ListUsersRequest;
import io.github.zitadelstarter.test.ManagerRole;
import io.github.zitadelstarter.test.ServiceUser;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link ConnectErrors}: the Connect error bodies of ZITADEL's v2 APIs, as the
 * reference describes them and as the test server answers them, become
 * {@link ZitadelApiException}s.
 */
class ConnectErrorsTests {

	private static final String OPERATION = "/zitadel.user.v2.UserService/GetUserByID";

	private static final String ROLE_HINT = "grant it a manager role in ZITADEL, such as Org Owner (ORG_OWNER)";

	private static final String AUDIENCE_HINT = "add urn:zitadel:iam:org:project:id:zitadel:aud to zitadel.scopes";

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final ConnectErrors errors = new ConnectErrors(ZitadelJson.mapper(), new ZitadelApiErrorHints(false));

	@Test
	void takesTheErrorIdFromTheDebugOfTheFirstDetail() {
		ZitadelApiException ex = exception(404, """
				{"code":"not_found","message":"Errors.User.NotFound (QUERY-Ahf3s)","details":[{"type":"zitadel.v1.ErrorDetail",
				"value":"CgtRVUVSWS1BaGYzcxIUReJyb3JzLlVzZXIuTm90Rm91bmQ=","debug":{"id":"QUERY-Ahf3s","message":"Errors.User.NotFound"}}]}""");
		assertThat(ex.getCode()).isEqualTo(ConnectCode.NOT_FOUND);
		assertThat(ex.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(404));
		assertThat(ex.getErrorId()).isEqualTo("QUERY-Ahf3s");
		assertThat(ex.getErrorMessage()).isEqualTo("Errors.User.NotFound (QUERY-Ahf3s)");
		assertThat(ex.getOperation()).isEqualTo(OPERATION);
		assertThat(ex.getHint()).isNull();
		assertThat(ex).hasMessage("ZITADEL answered " + OPERATION
				+ " with not_found (HTTP 404): Errors.User.NotFound (QUERY-Ahf3s)");
	}

	@Test
	void toleratesTheSingularDetailOfZitadelsGeneratedDocumentation() {
		ZitadelApiException ex = exception(409, """
				{"code":"already_exists","message":"Errors.User.AlreadyExists","detail":{"type":"zitadel.v1.ErrorDetail",
				"value":"","debug":{"id":"COMMAND-k2unb","message":"Errors.User.AlreadyExists"}}}""");
		assertThat(ex.getCode()).isEqualTo(ConnectCode.ALREADY_EXISTS);
		assertThat(ex.getErrorId()).isEqualTo("COMMAND-k2unb");
	}

	@Test
	void fallsBackToTheIdAtTheEndOfTheMessage() {
		ZitadelApiException ex = exception(400,
				"{\"code\":\"failed_precondition\",\"message\":\"Errors.User.NotActive (COMMAND-5M0sd)\"}");
		assertThat(ex.getCode()).isEqualTo(ConnectCode.FAILED_PRECONDITION);
		assertThat(ex.getStatusCode().value()).isEqualTo(400);
		assertThat(ex.getErrorId()).isEqualTo("COMMAND-5M0sd");
	}

	@Test
	void anErrorWithoutIdHasNone() {
		ZitadelApiException ex = exception(500, "{\"code\":\"internal\",\"message\":\"db connection error\"}");
		assertThat(ex.getCode()).isEqualTo(ConnectCode.INTERNAL);
		assertThat(ex.getErrorId()).isNull();
		assertThat(ex.getErrorMessage()).isEqualTo("db connection error");
	}

	@ParameterizedTest
	@CsvSource({ "invalid_argument, 400, INVALID_ARGUMENT", "not_found, 404, NOT_FOUND",
			"already_exists, 409, ALREADY_EXISTS", "failed_precondition, 400, FAILED_PRECONDITION",
			"permission_denied, 403, PERMISSION_DENIED", "unauthenticated, 401, UNAUTHENTICATED",
			"resource_exhausted, 429, RESOURCE_EXHAUSTED", "unavailable, 503, UNAVAILABLE",
			"deadline_exceeded, 504, DEADLINE_EXCEEDED", "unimplemented, 501, UNIMPLEMENTED",
			"something_new, 500, UNKNOWN" })
	void mapsTheCodeOfTheBodyBeforeTheStatus(String wireCode, int status, ConnectCode code) {
		ZitadelApiException ex = exception(status, "{\"code\":\"" + wireCode + "\",\"message\":\"m\"}");
		assertThat(ex.getCode()).isEqualTo(code);
		assertThat(ex.getStatusCode().value()).isEqualTo(status);
		if (code != ConnectCode.UNKNOWN) {
			assertThat(code.wireName()).isEqualTo(wireCode);
		}
	}

	@Test
	void anAnswerThatIsNotAConnectErrorGetsTheCodeOfItsStatus() {
		ZitadelApiException proxy = exception(502, "<html>Bad Gateway</html>");
		assertThat(proxy.getCode()).isEqualTo(ConnectCode.UNAVAILABLE);
		assertThat(proxy.getErrorMessage()).isEqualTo("<html>Bad Gateway</html>");
		ZitadelApiException empty = exception(503, "");
		assertThat(empty.getCode()).isEqualTo(ConnectCode.UNAVAILABLE);
		assertThat(empty.getErrorMessage()).isEqualTo("HTTP 503");
	}

	@Test
	void instanceNotFoundGetsTheDomainHint() {
		ZitadelApiException ex = exception(404, "ID=QUERY-n0wng Message=Instance not found");
		assertThat(ex.getCode()).isEqualTo(ConnectCode.UNIMPLEMENTED);
		assertThat(ex.getHint()).contains("check zitadel.domain");
	}

	@Test
	void permissionDeniedSaysWhichRoleToGrant() {
		ZitadelApiException ex = exception(403,
				"{\"code\":\"permission_denied\",\"message\":\"Errors.PermissionDenied (AUTHZ-HKJD33)\"}");
		assertThat(ex.getHint()).contains(ROLE_HINT);
		assertThat(ex.getMessage()).endsWith(ex.getHint());
	}

	@Test
	void invalidAudienceSaysWhichScopeToAdd() {
		ZitadelApiException ex = exception(401, "{\"code\":\"unauthenticated\",\"message\":\"invalid audience (APP-Zxfako)\"}");
		assertThat(ex.getCode()).isEqualTo(ConnectCode.UNAUTHENTICATED);
		assertThat(ex.getHint()).contains(AUDIENCE_HINT);
	}

	@Test
	void aMissingRequiredFieldIsAnInvalidArgumentFromTheTestServer() {
		blocking((api) -> {
			ZitadelApiException ex = catchThrowableOfType(ZitadelApiException.class,
					() -> api.users().createUser(CreateUserRequest.human("", "Jane", "Doe", "jane@example.com")));
			assertThat(ex.getCode()).isEqualTo(ConnectCode.INVALID_ARGUMENT);
			assertThat(ex.getStatusCode().value()).isEqualTo(400);
			assertThat(ex.getErrorMessage()).contains("organizationId");
		});
	}

	@Test
	void aTakenUsernameIsAlreadyExistsFromTheTestServer() {
		blocking((api) -> {
			String organizationId = zitadel.server().organization().id();
			api.users().createUser(CreateUserRequest.human(organizationId, "A", "B", "taken@example.com"));
			ZitadelApiException ex = catchThrowableOfType(ZitadelApiException.class, () -> api.users()
				.createUser(CreateUserRequest.human(organizationId, "C", "D", "other@example.com")
					.withUsername("taken@example.com")));
			assertThat(ex.getCode()).isEqualTo(ConnectCode.ALREADY_EXISTS);
			assertThat(ex.getErrorId()).isEqualTo("COMMAND-k2unb");
		});
	}

	@Test
	void aServiceUserWithoutRoleIsDeniedWithTheRoleHintBlockingAndReactive() {
		ServiceUser roleless = zitadel.server()
			.addServiceUser("roleless", "roleless-secret-value", zitadel.server().organization());
		zitadel.server().resources().setManagerRole(roleless, ManagerRole.NONE);
		String[] properties = { "zitadel.domain=" + zitadel.server().origin(), "zitadel.client-id=roleless",
				"zitadel.client-secret=roleless-secret-value" };
		StarterContexts.withStarter(new ApplicationContextRunner()).withPropertyValues(properties).run((context) -> {
			ZitadelApiException ex = catchThrowableOfType(ZitadelApiException.class,
					() -> context.getBean(Zitadel.class).users().listUsers(ListUsersRequest.of()));
			assertThat(ex.getCode()).isEqualTo(ConnectCode.PERMISSION_DENIED);
			assertThat(ex.getErrorId()).isEqualTo("AUTH-5mWD2");
			assertThat(ex.getHint()).contains(ROLE_HINT);
		});
		StarterContexts.withStarter(new ReactiveWebApplicationContextRunner())
			.withPropertyValues(properties)
			.run((context) -> {
				ZitadelApiException ex = catchThrowableOfType(ZitadelApiException.class, () -> context
					.getBean(ReactiveZitadel.class)
					.users()
					.listUsers(ListUsersRequest.of())
					.block(Duration.ofSeconds(10)));
				assertThat(ex.getCode()).isEqualTo(ConnectCode.PERMISSION_DENIED);
				assertThat(ex.getHint()).contains(ROLE_HINT);
			});
	}

	@Test
	void aTokenWithoutZitadelsAudienceIsUnauthenticatedWithTheScopeHint() {
		StarterContexts.withStarter(new ApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.withPropertyValues("zitadel.scopes=openid")
			.run((context) -> {
				ZitadelApiException ex = catchThrowableOfType(ZitadelApiException.class,
						() -> context.getBean(Zitadel.class).users().getUser("1"));
				assertThat(ex.getCode()).isEqualTo(ConnectCode.UNAUTHENTICATED);
				assertThat(ex.getErrorId()).isEqualTo("APP-Zxfako");
				assertThat(ex.getHint()).contains(AUDIENCE_HINT);
			});
	}

	private ZitadelApiException exception(int status, String body) {
		return this.errors.exception(OPERATION, HttpStatusCode.valueOf(status), body.getBytes(StandardCharsets.UTF_8));
	}

	private static void blocking(Consumer<Zitadel> test) {
		StarterContexts.withStarter(new ApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.run((context) -> test.accept(context.getBean(Zitadel.class)));
	}

}
