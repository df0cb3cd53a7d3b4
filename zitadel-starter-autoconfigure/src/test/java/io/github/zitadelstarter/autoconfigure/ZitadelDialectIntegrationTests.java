package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelHeaders;
import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.TokenEndpointFault;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The starter against the project's ZITADEL test server, where ZITADEL's own behaviour
 * matters: its strict client authentication, error answers and organization header.
 */
@ExtendWith(OutputCaptureExtension.class)
class ZitadelDialectIntegrationTests {

	private static final String AUDIENCE_HINT = "add urn:zitadel:iam:org:project:id:zitadel:aud to zitadel.scopes";

	private static final String ROLE_HINT = "grant it a manager role in ZITADEL, such as Org Owner";

	private static final String INSTANCE_HINT = "check zitadel.domain, or, when ZITADEL is reached through another"
			+ " address than its external domain, set zitadel.instance-host to that domain";

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner());

	@BeforeEach
	void clearRequests() {
		zitadel.server().clearRecordedRequests();
	}

	@Test
	void zitadelAcceptsTheSingleClientAuthenticationMethodOfEachSetting() {
		for (String method : new String[] { "client_secret_basic", "client_secret_post" }) {
			withServer("zitadel.client-authentication-method=" + method).run((context) -> {
				assertThat(readOrganization(context)).isEqualTo(zitadel.server().organization());
			});
		}
		assertThat(zitadel.server().tokenRequests()).hasSize(2);
		RecordedRequest basic = zitadel.server().tokenRequests().get(0);
		assertThat(basic.header("Authorization")).startsWith("Basic ");
		assertThat(basic.form()).doesNotContainKeys("client_id", "client_secret");
		RecordedRequest post = zitadel.server().tokenRequests().get(1);
		assertThat(post.header("Authorization")).isNull();
		assertThat(post.formValues("client_secret")).containsExactly(zitadel.server().serviceUser().clientSecret());
	}

	@Test
	void unknownClientReachesTheCallerWithZitadelsErrorAndTheUsernameHint(CapturedOutput output) {
		withServer("zitadel.client-id=no-such-service-user").run((context) -> {
			Throwable failure = catchThrowable(() -> readOrganization(context));
			String hint = "Set zitadel.client-id to the service user's username (its login name), not its numeric"
					+ " user ID.";
			assertThat(failure).isInstanceOf(ZitadelTokenException.class)
				.hasMessageContaining("invalid_client (client not found)")
				.hasMessageContaining(hint);
			assertThat(output).contains("WARN").contains("invalid_client (client not found). " + hint);
			assertThat(zitadel.server().tokenRequestCount()).as("not retried").isOne();
		});
	}

	@Test
	void wrongSecretReachesTheCallerWithZitadelsErrorAndHintButWithoutTheSecret(CapturedOutput output) {
		withServer("zitadel.client-secret=not-the-secret").run((context) -> {
			Throwable failure = catchThrowable(() -> readOrganization(context));
			String hint = "zitadel.client-secret is not the service user's current secret: check the configured"
					+ " value, or generate a new client secret for the service user in ZITADEL";
			assertThat(failure).hasMessageContaining("invalid_request (Errors.User.Machine.Secret.Invalid)")
				.hasMessageContaining(hint)
				.hasMessageNotContaining("not-the-secret");
			assertThat(failure).hasStackTraceContaining("Errors.User.Machine.Secret.Invalid")
				.satisfies((ex) -> assertThat(stackTraceText(ex)).doesNotContain("not-the-secret"));
			assertThat(output).contains(hint).doesNotContain("not-the-secret");
		});
	}

	@Test
	void tokenWithoutZitadelAudienceGetsZitadels401WithTheScopeHint(CapturedOutput output) {
		withServer("zitadel.scopes=openid profile").run((context) -> {
			WebClient webClient = context.getBean("zitadelWebClient", WebClient.class);
			assertThatExceptionOfType(WebClientResponseException.class)
				.isThrownBy(() -> webClient.get().uri("/management/v1/orgs/me").retrieve().toBodilessEntity().block())
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode().value()).isEqualTo(401);
					assertThat(ex.getResponseBodyAsString()).contains("invalid audience (APP-Zxfako)");
					assertThat(ex).hasMessageStartingWith("401 Unauthorized from GET ").hasMessageEndingWith(AUDIENCE_HINT + ".");
				});
			RestClient restClient = context.getBean("zitadelRestClient", RestClient.class);
			assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class)
				.isThrownBy(() -> restClient.get().uri("/management/v1/orgs/me").retrieve().toBodilessEntity())
				.satisfies((ex) -> {
					assertThat(ex.getResponseBodyAsString()).contains("invalid audience (APP-Zxfako)");
					assertThat(ex).hasMessageContaining("invalid audience (APP-Zxfako)").hasMessageEndingWith(AUDIENCE_HINT + ".");
				});
			assertThat(output).contains("WARN").contains("ZITADEL answered HTTP 401. The access token is not meant for"
					+ " ZITADEL's APIs (invalid audience): " + AUDIENCE_HINT);
		});
	}

	@Test
	void missingPermissionGetsZitadels403WithTheRoleHint(CapturedOutput output) {
		withServer().run((context) -> {
			RestClient restClient = context.getBean("zitadelRestClient", RestClient.class);
			assertThatExceptionOfType(HttpClientErrorException.Forbidden.class)
				.isThrownBy(() -> restClient.get()
					.uri("/management/v1/orgs/me")
					.headers(ZitadelHeaders.organization("1"))
					.retrieve()
					.toBodilessEntity())
				.satisfies((ex) -> assertThat(ex).hasMessageContaining("No matching permissions found (AUTH-5mWD2)")
					.hasMessageContaining(ROLE_HINT));
			WebClient webClient = context.getBean("zitadelWebClient", WebClient.class);
			assertThatExceptionOfType(WebClientResponseException.class)
				.isThrownBy(() -> webClient.get()
					.uri("/management/v1/orgs/me")
					.headers(ZitadelHeaders.organization("1"))
					.retrieve()
					.toBodilessEntity()
					.block())
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode().value()).isEqualTo(403);
					assertThat(ex.getResponseBodyAsString()).contains("AUTH-5mWD2");
					assertThat(ex).hasMessageContaining(ROLE_HINT);
				});
			assertThat(output).contains("ZITADEL answered HTTP 403. The service user has no role that allows this call");
		});
	}

	@Test
	void otherErrorAnswersKeepSpringsExceptionsWithoutHint() {
		withServer().run((context) -> {
			RestClient restClient = context.getBean("zitadelRestClient", RestClient.class);
			assertThatExceptionOfType(HttpClientErrorException.NotFound.class)
				.isThrownBy(() -> restClient.get().uri("/management/v1/no-such-api").retrieve().toBodilessEntity())
				.satisfies((ex) -> assertThat(ex).hasMessageEndingWith("\"Not Found\"}]}\""));
			WebClient webClient = context.getBean("zitadelWebClient", WebClient.class);
			assertThatExceptionOfType(WebClientResponseException.NotFound.class).isThrownBy(
					() -> webClient.get().uri("/management/v1/no-such-api").retrieve().toBodilessEntity().block());
		});
	}

	@Test
	void instanceNotFoundOnTheTokenEndpointGetsTheDomainAndInstanceHostHint(CapturedOutput output) {
		zitadel.server().setExternalDomain("auth.example.com");
		try {
			withServer().run((context) -> {
				assertThat(catchThrowable(() -> readOrganization(context))).isInstanceOf(ZitadelTokenException.class)
					.hasMessageContaining("HTTP 404")
					.hasMessageContaining(INSTANCE_HINT);
				assertThat(output).contains(INSTANCE_HINT);
			});
			withServer("zitadel.instance-host=auth.example.com").run((context) -> {
				assertThat(readOrganization(context)).isEqualTo(zitadel.server().organization());
				RestClient restClient = context.getBean("zitadelRestClient", RestClient.class);
				assertThatExceptionOfType(HttpClientErrorException.NotFound.class)
					.isThrownBy(() -> restClient.get()
						.uri("/management/v1/orgs/me")
						.header(ZitadelHeaders.INSTANCE_HOST, "other.example.com")
						.retrieve()
						.toBodilessEntity())
					.satisfies((ex) -> assertThat(ex).hasMessageContaining("Instance not found")
						.hasMessageContaining(INSTANCE_HINT));
			});
		}
		finally {
			zitadel.server().setExternalDomain(null);
		}
	}

	@Test
	void organizationHeaderSelectsAnotherOrganization() {
		Organization other = zitadel.server().addOrganization("Other", "other.localhost");
		withServer().run((context) -> {
			RestClient client = context.getBean("zitadelRestClient", RestClient.class);
			StarterContexts.MyOrganization response = client.get()
				.uri("/management/v1/orgs/me")
				.header("x-zitadel-orgid", other.id())
				.retrieve()
				.body(StarterContexts.MyOrganization.class);
			assertThat(response.org()).isEqualTo(other);
			assertThatExceptionOfType(HttpClientErrorException.Forbidden.class)
				.isThrownBy(() -> client.get()
					.uri("/management/v1/orgs/me")
					.header("x-zitadel-orgid", "1")
					.retrieve()
					.toBodilessEntity())
				.satisfies((ex) -> assertThat(ex.getResponseBodyAsString())
					.contains("No matching permissions found (AUTH-5mWD2)"));
		});
	}

	@Test
	void organizationIdPropertySelectsTheOrganizationAndOneCallCanChooseAnother() {
		Organization other = zitadel.server().addOrganization("Configured", "configured.localhost");
		withServer("zitadel.organization-id=" + other.id()).run((context) -> {
			assertThat(readOrganization(context)).isEqualTo(other);
			RestClient client = context.getBean("zitadelRestClient", RestClient.class);
			StarterContexts.MyOrganization own = client.get()
				.uri("/management/v1/orgs/me")
				.headers(ZitadelHeaders.organization(zitadel.server().organization().id()))
				.retrieve()
				.body(StarterContexts.MyOrganization.class);
			assertThat(own.org()).isEqualTo(zitadel.server().organization());
			assertThat(zitadel.server().requests())
				.filteredOn((request) -> request.path().equals("/management/v1/orgs/me"))
				.extracting((request) -> request.header("x-zitadel-orgid"))
				.containsExactly(other.id(), zitadel.server().organization().id());
		});
	}

	@Test
	void instanceHostIsSentOnTokenAndApiRequests() {
		withServer("zitadel.instance-host=auth.example.com").run((context) -> {
			readOrganization(context);
			assertThat(zitadel.server().requests()).hasSize(2)
				.allSatisfy((request) -> assertThat(request.header("x-zitadel-instance-host"))
					.isEqualTo("auth.example.com"));
		});
	}

	@Test
	void noZitadelHeadersAreSentUnlessConfigured() {
		withServer().run((context) -> {
			readOrganization(context);
			assertThat(zitadel.server().requests()).hasSize(2).allSatisfy((request) -> {
				assertThat(request.header("x-zitadel-orgid")).isNull();
				assertThat(request.header("x-zitadel-instance-host")).isNull();
			});
		});
	}

	@Test
	void transientTokenEndpointFailuresAreRetried() {
		zitadel.server().failNextTokenRequests(1, TokenEndpointFault.serviceUnavailable());
		zitadel.server().failNextTokenRequests(1, TokenEndpointFault.dropConnection());
		withServer().run((context) -> {
			assertThat(readOrganization(context)).isEqualTo(zitadel.server().organization());
			assertThat(zitadel.server().tokenRequestCount()).isEqualTo(3);
		});
	}

	@Test
	void foreignOriginNeverReceivesTheToken() {
		try (ZitadelTestServer foreign = ZitadelTestServer.start()) {
			withServer().run((context) -> {
				WebClient webClient = context.getBean("zitadelWebClient", WebClient.class);
				RestClient restClient = context.getBean("zitadelRestClient", RestClient.class);
				String foreignUrl = foreign.origin() + "/debug/healthz";
				webClient.get().uri(foreignUrl).retrieve().toBodilessEntity().block();
				restClient.get().uri(foreignUrl).retrieve().toBodilessEntity();
				assertThat(foreign.requests()).hasSize(2)
					.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
				assertThat(zitadel.server().tokenRequestCount()).isZero();
			});
		}
	}

	private ApplicationContextRunner withServer(String... properties) {
		return this.contextRunner.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.withPropertyValues(properties);
	}

	private static Organization readOrganization(ApplicationContext context) {
		return StarterContexts.organizationViaWebClient(context).block();
	}

	private static String stackTraceText(Throwable failure) {
		java.io.StringWriter text = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

}
