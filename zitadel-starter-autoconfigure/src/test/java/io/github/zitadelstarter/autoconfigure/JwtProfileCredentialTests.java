package io.github.zitadelstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ServiceUserKeyFile;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A service user that authenticates with a key (ZITADEL's JWT profile grant), against the
 * ZITADEL test server, which verifies each assertion as ZITADEL does.
 */
@ExtendWith(OutputCaptureExtension.class)
class JwtProfileCredentialTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private static ServiceUserKeyFile key;

	@BeforeAll
	static void addKey() {
		key = zitadel.server().credentials().addKey(zitadel.server().serviceUser());
	}

	@BeforeEach
	void clearRequests() {
		zitadel.server().clearRecordedRequests();
	}

	@Test
	void aKeyFileAuthenticatesWithExactlyZitadelsForm(@TempDir Path directory) throws Exception {
		Path file = Files.writeString(directory.resolve("service-user.json"), key.json());
		withKey(new ApplicationContextRunner(), "zitadel.key-file=" + file.toUri()).run((context) -> {
			assertThat(StarterContexts.organizationViaRestClient(context)).isEqualTo(zitadel.server().organization());
			assertThat(StarterContexts.organizationViaWebClient(context).block())
				.isEqualTo(zitadel.server().organization());
		});
		RecordedRequest tokenRequest = zitadel.server().tokenRequests().get(0);
		assertThat(zitadel.server().tokenRequestCount()).isOne();
		assertThat(tokenRequest.header("Authorization")).isNull();
		assertThat(tokenRequest.form().keySet()).containsExactly("grant_type", "scope", "assertion");
		assertThat(tokenRequest.formValues("grant_type")).containsExactly("urn:ietf:params:oauth:grant-type:jwt-bearer");
		assertThat(tokenRequest.formValues("scope").get(0).split(" ")).contains("openid",
				"urn:zitadel:iam:org:project:id:zitadel:aud");
	}

	@Test
	void theAssertionIsSignedWithTheKeyForTheIssuerExactlyAsZitadelWritesIt() throws Exception {
		withKey(new ApplicationContextRunner()).run(StarterContexts::organizationViaRestClient);
		String[] parts = zitadel.server().tokenRequests().get(0).formValues("assertion").get(0).split("\\.");
		Map<String, Object> header = JSONObjectUtils.parse(decode(parts[0]));
		Map<String, Object> claims = JSONObjectUtils.parse(decode(parts[1]));
		assertThat(header).containsEntry("alg", "RS256").containsEntry("kid", key.keyId());
		String userId = zitadel.server().serviceUser().userId();
		assertThat(claims).containsEntry("iss", userId).containsEntry("sub", userId).containsKey("jti");
		assertThat(claims.get("aud")).isIn(zitadel.server().origin().toString(),
				List.of(zitadel.server().origin().toString()));
		long issuedAt = ((Number) claims.get("iat")).longValue();
		assertThat(Instant.ofEpochSecond(issuedAt)).isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(((Number) claims.get("exp")).longValue() - issuedAt).isEqualTo(300);
	}

	@Test
	void servletApplicationsShareOneTokenAndA401IsRetriedWithANewAssertion() {
		withKey(new WebApplicationContextRunner()).run((context) -> {
			StarterContexts.organizationViaWebClient(context).block();
			StarterContexts.organizationViaRestClient(context);
			assertThat(zitadel.server().tokenRequestCount()).isOne();
			zitadel.server().revokeAllTokens();
			assertThat(StarterContexts.organizationViaRestClient(context)).isEqualTo(zitadel.server().organization());
			List<String> assertions = zitadel.server()
				.tokenRequests()
				.stream()
				.map((request) -> request.formValues("assertion").get(0))
				.toList();
			assertThat(assertions).hasSize(2).doesNotHaveDuplicates();
		});
	}

	@Test
	void reactiveApplicationsGetTheirTokenWithoutBlocking() {
		withKey(new ReactiveWebApplicationContextRunner()).run((context) -> {
			assertThat(StarterContexts.organizationViaWebClient(context).block())
				.isEqualTo(zitadel.server().organization());
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void aRemovedKeyIsAnsweredWithZitadelsInternalErrorWhichIsNotRetriedAndGetsTheCausesAsHint(
			CapturedOutput output) {
		ServiceUserKeyFile removed = zitadel.server().credentials().addKey(zitadel.server().serviceUser());
		zitadel.server().credentials().removeKey(removed);
		withKey(new ApplicationContextRunner(), "zitadel.key-json=" + removed.json()).run((context) -> {
			ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
					() -> StarterContexts.organizationViaRestClient(context));
			assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(failure.getErrorCode()).isEqualTo("server_error");
			assertThat(failure.getErrorDescription()).isEqualTo("Errors.Internal");
			assertThat(failure.getHint()).isEqualTo(ZitadelErrorHint.ASSERTION_REJECTED.action());
			assertThat(failure.getAttempts()).isOne();
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
		assertThat(output).contains("WARN").contains(ZitadelErrorHint.ASSERTION_REJECTED.action());
	}

	@Test
	void startupSaysWhichKeyIsUsedButNeverTheKey(CapturedOutput output) {
		withKey(new ApplicationContextRunner()).run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Calling ZITADEL at " + zitadel.server().origin() + " with the key "
				+ key.keyId() + " of service user " + zitadel.server().serviceUser().userId())
			.doesNotContain("PRIVATE KEY");
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withKey(R runner) {
		return withKey(runner, "zitadel.key-json=" + key.json());
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withKey(R runner, String keyProperty) {
		return StarterContexts.withStarter(runner)
			.withPropertyValues("zitadel.domain=" + zitadel.server().origin(), keyProperty);
	}

	private static String decode(String part) {
		return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
	}

}
