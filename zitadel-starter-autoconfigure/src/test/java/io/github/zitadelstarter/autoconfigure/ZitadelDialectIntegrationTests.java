package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelHeaders;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.TokenEndpointFault;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
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
class ZitadelDialectIntegrationTests {

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
	void unknownClientReachesTheCallerWithZitadelsError() {
		withServer("zitadel.client-id=no-such-service-user").run((context) -> {
			Throwable failure = catchThrowable(() -> readOrganization(context));
			assertThat(failure).hasMessageContaining("invalid_client").hasMessageContaining("client not found");
			assertThat(zitadel.server().tokenRequestCount()).as("not retried").isOne();
		});
	}

	@Test
	void wrongSecretReachesTheCallerWithZitadelsErrorAndWithoutTheSecret() {
		withServer("zitadel.client-secret=not-the-secret").run((context) -> {
			Throwable failure = catchThrowable(() -> readOrganization(context));
			assertThat(failure).hasMessageContaining("Errors.User.Machine.Secret.Invalid")
				.hasMessageNotContaining("not-the-secret");
			assertThat(failure).hasStackTraceContaining("Errors.User.Machine.Secret.Invalid")
				.satisfies((ex) -> assertThat(stackTraceText(ex)).doesNotContain("not-the-secret"));
		});
	}

	@Test
	void tokenWithoutZitadelAudienceGetsZitadels401() {
		withServer("zitadel.scopes=openid profile").run((context) -> {
			WebClient client = context.getBean("zitadelWebClient", WebClient.class);
			assertThatExceptionOfType(WebClientResponseException.Unauthorized.class)
				.isThrownBy(() -> client.get().uri("/management/v1/orgs/me").retrieve().toBodilessEntity().block())
				.satisfies((ex) -> assertThat(ex.getResponseBodyAsString())
					.contains("invalid audience (APP-Zxfako)"));
		});
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
