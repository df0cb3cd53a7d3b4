package io.github.zitadelstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.client.ZitadelCredential;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link TokenEndpointMessages}: how ZITADEL's token answers are read.
 */
class TokenEndpointMessagesTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private final TokenEndpointMessages messages = new TokenEndpointMessages(
			new ClientCredentialsGrant(ZitadelCredential.clientSecret("service-user", "secret"),
					ZitadelProperties.ClientAuthenticationMethod.CLIENT_SECRET_BASIC),
			Duration.ofMinutes(5), null, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void readsZitadelsTokenResponse() {
		OAuth2AccessTokenResponse response = this.messages.response(HttpStatus.OK, json(),
				bytes("{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":43199,\"id_token\":\"x.y.z\"}"));
		assertThat(response.getAccessToken().getTokenValue()).isEqualTo("abc");
		assertThat(lifetime(response)).isEqualTo(Duration.ofSeconds(43199));
	}

	@Test
	void usesTheDefaultLifetimeWhenExpiresInIsMissing() {
		OAuth2AccessTokenResponse response = this.messages.response(HttpStatus.OK, json(),
				bytes("{\"access_token\":\"abc\",\"token_type\":\"Bearer\"}"));
		assertThat(lifetime(response)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void errorAnswerBecomesAnExceptionWithZitadelsErrorAndStatus() {
		ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
				() -> this.messages.response(HttpStatus.BAD_REQUEST, json(), bytes(
						"{\"error\":\"invalid_request\",\"error_description\":\"Errors.User.Machine.Secret.Invalid\"}")));
		assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(failure.getErrorCode()).isEqualTo("invalid_request");
		assertThat(failure.getErrorDescription()).isEqualTo("Errors.User.Machine.Secret.Invalid");
		assertThat(failure.isTransient()).isFalse();
		assertThat(failure).hasMessageStartingWith(
				"ZITADEL token request failed: HTTP 400, invalid_request (Errors.User.Machine.Secret.Invalid). ");
	}

	@Test
	void eachKnownMisconfigurationGetsAHintInTheMessageThatKeepsZitadelsError() {
		assertThat(tokenError(HttpStatus.BAD_REQUEST, "invalid_client", "client not found"))
			.hasMessageContaining("invalid_client (client not found)")
			.hasMessageEndingWith(
					"Set zitadel.client-id to the service user's username (its login name), not its numeric user ID.")
			.satisfies((ex) -> assertThat(ex.getHint()).startsWith("Set zitadel.client-id"));
		assertThat(tokenError(HttpStatus.BAD_REQUEST, "invalid_request", "Errors.User.Machine.Secret.Invalid"))
			.hasMessageContaining("zitadel.client-secret is not the service user's current secret")
			.hasMessageContaining("generate a new client secret");
		assertThat(tokenError(HttpStatus.BAD_REQUEST, "invalid_request", "Errors.User.Machine.Secret.NotExisting"))
			.hasMessageContaining("The service user has no client secret: generate one");
		ZitadelTokenException instanceNotFound = catchThrowableOfType(ZitadelTokenException.class,
				() -> this.messages.response(HttpStatus.NOT_FOUND, new HttpHeaders(),
						bytes("unable to set instance using origin &{127.0.0.1:8080  http} (ExternalDomain is"
								+ " localhost): ID=QUERY-n0wng Message=Instance not found")));
		assertThat(instanceNotFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(instanceNotFound).hasMessageContaining("check zitadel.domain")
			.hasMessageContaining("set zitadel.instance-host");
	}

	@Test
	void otherErrorsGetNoHint() {
		ZitadelTokenException failure = tokenError(HttpStatus.BAD_REQUEST, "invalid_scope", "unknown scope");
		assertThat(failure.getHint()).isNull();
		assertThat(failure).hasMessage("ZITADEL token request failed: HTTP 400, invalid_scope (unknown scope)");
		assertThat(catchThrowableOfType(ZitadelTokenException.class,
				() -> this.messages.response(HttpStatus.NOT_FOUND, new HttpHeaders(), bytes("404 page not found")))
			.getHint()).isNull();
	}

	@Test
	void errorWithoutJsonBodyKeepsTheStatusAndIsTransientFor503() {
		ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
				() -> this.messages.response(HttpStatus.SERVICE_UNAVAILABLE, new HttpHeaders(),
						bytes("<html>upstream unavailable</html>")));
		assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(failure.getErrorCode()).isEqualTo("temporarily_unavailable");
		assertThat(failure.isTransient()).isTrue();
	}

	@Test
	void retryAfterInSecondsOrAsADateIsRead() {
		HttpHeaders seconds = new HttpHeaders();
		seconds.set(HttpHeaders.RETRY_AFTER, "7");
		assertThat(tooManyRequests(seconds).getRetryAfter()).isEqualTo(Duration.ofSeconds(7));
		HttpHeaders date = new HttpHeaders();
		date.set(HttpHeaders.RETRY_AFTER, "Sun, 29 Nov 2026 10:00:30 GMT");
		assertThat(tooManyRequests(date).getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
		assertThat(tooManyRequests(new HttpHeaders()).getRetryAfter()).isNull();
	}

	private ZitadelTokenException tokenError(HttpStatus status, String error, String description) {
		return catchThrowableOfType(ZitadelTokenException.class, () -> this.messages.response(status, json(),
				bytes("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}")));
	}

	private ZitadelTokenException tooManyRequests(HttpHeaders headers) {
		return catchThrowableOfType(ZitadelTokenException.class,
				() -> this.messages.response(HttpStatus.TOO_MANY_REQUESTS, headers, new byte[0]));
	}

	private static Duration lifetime(OAuth2AccessTokenResponse response) {
		return Duration.between(response.getAccessToken().getIssuedAt(), response.getAccessToken().getExpiresAt());
	}

	private static HttpHeaders json() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
