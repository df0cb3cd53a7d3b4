package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A service user that authenticates with a personal access token, against the ZITADEL
 * test server: the token goes with every call as it is, with no token request.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalAccessTokenCredentialTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	@BeforeEach
	void clearRequests() {
		zitadel.server().clearRecordedRequests();
	}

	@Test
	void bothClientsSendThePersonalAccessTokenAndNoTokenIsRequested() {
		String pat = newPersonalAccessToken();
		withPersonalAccessToken(new ApplicationContextRunner(), pat).run((context) -> {
			assertThat(StarterContexts.organizationViaRestClient(context)).isEqualTo(zitadel.server().organization());
			assertThat(StarterContexts.organizationViaWebClient(context).block())
				.isEqualTo(zitadel.server().organization());
			assertThat(context.getBean(ZitadelTokenManager.class).getAccessToken().getTokenValue()).isEqualTo(pat);
		});
		assertThat(zitadel.server().tokenRequestCount()).isZero();
		assertThat(zitadel.server().requests()).extracting(RecordedRequest::path)
			.containsExactly("/management/v1/orgs/me", "/management/v1/orgs/me");
		assertThat(zitadel.server().requests()).extracting((request) -> request.header("Authorization"))
			.containsOnly("Bearer " + pat);
	}

	@Test
	void servletApplicationsSendItToo() {
		String pat = newPersonalAccessToken();
		withPersonalAccessToken(new WebApplicationContextRunner(), pat).run((context) -> {
			assertThat(StarterContexts.organizationViaWebClient(context).block())
				.isEqualTo(zitadel.server().organization());
			assertThat(StarterContexts.organizationViaRestClient(context)).isEqualTo(zitadel.server().organization());
		});
		assertThat(zitadel.server().requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isEqualTo("Bearer " + pat));
	}

	@Test
	void reactiveApplicationsSendItToo() {
		String pat = newPersonalAccessToken();
		withPersonalAccessToken(new ReactiveWebApplicationContextRunner(), pat).run((context) -> assertThat(
				StarterContexts.organizationViaWebClient(context).block())
			.isEqualTo(zitadel.server().organization()));
		assertThat(zitadel.server().requests()).singleElement()
			.satisfies((request) -> assertThat(request.header("Authorization")).isEqualTo("Bearer " + pat));
	}

	@Test
	void aRevokedTokenIsNotSentAgainAndItsRefusalSaysWhatToDo() {
		String pat = newPersonalAccessToken();
		zitadel.server().credentials().revokePersonalAccessToken(pat);
		withPersonalAccessToken(new ApplicationContextRunner(), pat).run((context) -> {
			HttpClientErrorException.Unauthorized restFailure = catchThrowableOfType(
					HttpClientErrorException.Unauthorized.class,
					() -> StarterContexts.organizationViaRestClient(context));
			assertThat(restFailure).hasMessageContaining("Token is invalid")
				.hasMessageContaining(ZitadelErrorHint.PERSONAL_ACCESS_TOKEN_REJECTED.action());
			WebClientResponseException webFailure = catchThrowableOfType(WebClientResponseException.class,
					() -> StarterContexts.organizationViaWebClient(context).block());
			assertThat(webFailure.getStatusCode().value()).isEqualTo(401);
			assertThat(webFailure).hasMessageContaining(ZitadelErrorHint.PERSONAL_ACCESS_TOKEN_REJECTED.action());
		});
		assertThat(zitadel.server().requests()).hasSize(2);
		assertThat(zitadel.server().tokenRequestCount()).isZero();
	}

	@Test
	void noAudienceScopeIsNeededAndNoWarningAboutItIsLogged(CapturedOutput output) {
		String pat = newPersonalAccessToken();
		withPersonalAccessToken(new ApplicationContextRunner(), pat).withPropertyValues("zitadel.scopes=openid")
			.run((context) -> assertThat(StarterContexts.organizationViaRestClient(context))
				.isEqualTo(zitadel.server().organization()));
		assertThat(output).contains("with the personal access token").doesNotContain("invalid audience");
	}

	private static String newPersonalAccessToken() {
		return zitadel.server().credentials().addPersonalAccessToken(zitadel.server().serviceUser());
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withPersonalAccessToken(R runner,
			String pat) {
		return StarterContexts.withStarter(runner)
			.withPropertyValues("zitadel.domain=" + zitadel.server().origin(), "zitadel.personal-access-token=" + pat);
	}

}
