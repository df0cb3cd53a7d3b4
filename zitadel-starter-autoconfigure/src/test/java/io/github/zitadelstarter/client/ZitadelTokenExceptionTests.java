package io.github.zitadelstarter.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelTokenException}.
 */
class ZitadelTokenExceptionTests {

	@Test
	void noAnswerAndAvailabilityStatusesAreTransient() {
		assertThat(exception(null, "temporarily_unavailable").isTransient()).isTrue();
		for (HttpStatus status : new HttpStatus[] { HttpStatus.TOO_MANY_REQUESTS, HttpStatus.BAD_GATEWAY,
				HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT }) {
			assertThat(exception(status, "server_error").isTransient()).as(status.toString()).isTrue();
		}
	}

	@Test
	void refusalsAndFailuresBeforeAnyRequestAreNotTransient() {
		assertThat(exception(HttpStatus.BAD_REQUEST, "invalid_client").isTransient()).isFalse();
		assertThat(exception(HttpStatus.INTERNAL_SERVER_ERROR, "server_error").isTransient()).isFalse();
		assertThat(exception(null, "server_error").isTransient()).isFalse();
	}

	@Test
	void theMessageCarriesZitadelsAnswerTheAttemptsAndTheHint() {
		ZitadelTokenException exception = new ZitadelTokenException(HttpStatus.TOO_MANY_REQUESTS,
				new OAuth2Error("temporarily_unavailable", "rate limit exceeded", null), Duration.ofSeconds(30),
				"Make fewer calls.", 2, null);
		assertThat(exception).hasMessage("ZITADEL token request failed: HTTP 429, temporarily_unavailable (rate"
				+ " limit exceeded); gave up after 2 attempts. Make fewer calls.");
		assertThat(exception.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
	}

	private static ZitadelTokenException exception(HttpStatus status, String error) {
		return new ZitadelTokenException(status, new OAuth2Error(error), null, null);
	}

}
