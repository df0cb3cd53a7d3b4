package io.github.zitadelstarter.resourceserver.starter;

import io.github.zitadelstarter.resourceserver.starter.Zitadel.Mode;
import io.github.zitadelstarter.test.TokenFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instance's keys are fetched on the first request, not at startup, reused while
 * they verify the tokens, and fetched again when a token names a key ID they lack.
 */
class KeyRotationTests {

	private final Zitadel zitadel = new Zitadel();

	@AfterEach
	void stop() {
		this.zitadel.close();
	}

	@Test
	void servletApplicationRefetchesKeysForAnUnknownKeyId() {
		assertRefetchOnRotation(Zitadel.start(ServletResourceServerTests.MvcApplication.class,
				WebApplicationType.SERVLET, Mode.JWT.properties(this.zitadel)));
	}

	@Test
	void reactiveApplicationRefetchesKeysForAnUnknownKeyId() {
		assertRefetchOnRotation(Zitadel.start(ReactiveResourceServerTests.WebFluxApplication.class,
				WebApplicationType.REACTIVE, Mode.JWT.properties(this.zitadel)));
	}

	private void assertRefetchOnRotation(ConfigurableApplicationContext application) {
		try (application) {
			assertThat(keySetRequests()).as("fetched at startup").isZero();
			assertThat(Zitadel.get(application, "/tasks", jwt()).statusCode()).isEqualTo(200);
			assertThat(Zitadel.get(application, "/tasks", jwt()).statusCode()).isEqualTo(200);
			assertThat(keySetRequests()).as("fetched once for two tokens of the same key").isEqualTo(1);
			this.zitadel.server.userAccess().rotateSigningKey();
			assertThat(Zitadel.get(application, "/tasks", jwt()).statusCode()).isEqualTo(200);
			assertThat(keySetRequests()).as("fetched again for the new key").isEqualTo(2);
		}
	}

	private String jwt() {
		return this.zitadel.token(this.zitadel.alice, TokenFormat.JWT);
	}

	private long keySetRequests() {
		return this.zitadel.server.requests()
			.stream()
			.filter((request) -> request.path().equals("/oauth/v2/keys"))
			.count();
	}

}
