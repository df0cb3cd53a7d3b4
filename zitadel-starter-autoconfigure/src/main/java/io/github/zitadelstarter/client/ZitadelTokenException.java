package io.github.zitadelstarter.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * ZITADEL's token endpoint refused or could not serve a token request. Carries the HTTP
 * status, and the OAuth2 error code and description exactly as ZITADEL sent them, such as
 * {@code invalid_request} / {@code Errors.User.Machine.Secret.Invalid}, and, when the
 * answer means the application is misconfigured, a hint saying what to change. Never
 * carries the client secret.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public class ZitadelTokenException extends OAuth2AuthorizationException {

	private final @Nullable HttpStatusCode statusCode;

	private final @Nullable Duration retryAfter;

	private final @Nullable String hint;

	private final int attempts;

	/**
	 * Create an exception without a hint.
	 * @param statusCode the status the token endpoint answered with, or {@code null} when
	 * it did not answer (connection failure or timeout)
	 * @param error the OAuth2 error
	 * @param retryAfter the delay the endpoint asked for with Retry-After, if any
	 * @param cause the cause, if any
	 */
	public ZitadelTokenException(@Nullable HttpStatusCode statusCode, OAuth2Error error, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		this(statusCode, error, retryAfter, null, cause);
	}

	/**
	 * Create an exception.
	 * @param statusCode the status the token endpoint answered with, or {@code null} when
	 * it did not answer (connection failure or timeout)
	 * @param error the OAuth2 error
	 * @param retryAfter the delay the endpoint asked for with Retry-After, if any
	 * @param hint what to change in the application's configuration, if the answer says
	 * it is wrong
	 * @param cause the cause, if any
	 */
	public ZitadelTokenException(@Nullable HttpStatusCode statusCode, OAuth2Error error, @Nullable Duration retryAfter,
			@Nullable String hint, @Nullable Throwable cause) {
		this(statusCode, error, retryAfter, hint, 1, cause);
	}

	/**
	 * Create an exception for a failure that remained after several attempts.
	 * @param statusCode the status the token endpoint answered with, or {@code null} when
	 * it did not answer (connection failure or timeout)
	 * @param error the OAuth2 error
	 * @param retryAfter the delay the endpoint asked for with Retry-After, if any
	 * @param hint what to change in the application's configuration or what to do, if
	 * known
	 * @param attempts how many token requests were made
	 * @param cause the cause, if any
	 */
	public ZitadelTokenException(@Nullable HttpStatusCode statusCode, OAuth2Error error, @Nullable Duration retryAfter,
			@Nullable String hint, int attempts, @Nullable Throwable cause) {
		super(error, message(statusCode, error, hint, attempts), cause);
		this.statusCode = statusCode;
		this.retryAfter = retryAfter;
		this.hint = hint;
		this.attempts = attempts;
	}

	private static String message(@Nullable HttpStatusCode statusCode, OAuth2Error error, @Nullable String hint,
			int attempts) {
		StringBuilder message = new StringBuilder("ZITADEL token request failed: ");
		if (statusCode != null) {
			message.append("HTTP ").append(statusCode.value()).append(", ");
		}
		message.append(error.getErrorCode());
		if (error.getDescription() != null) {
			message.append(" (").append(error.getDescription()).append(')');
		}
		if (attempts > 1) {
			message.append("; gave up after ").append(attempts).append(" attempts");
		}
		if (hint != null) {
			message.append(". ").append(hint);
		}
		return message.toString();
	}

	/**
	 * Return the HTTP status of the token endpoint's answer.
	 * @return the status, or {@code null} if the endpoint did not answer
	 */
	public @Nullable HttpStatusCode getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the OAuth2 error code, such as {@code invalid_client}.
	 * @return the error code
	 */
	public String getErrorCode() {
		return getError().getErrorCode();
	}

	/**
	 * Return ZITADEL's error description, such as {@code client not found}.
	 * @return the description, or {@code null} if there was none
	 */
	public @Nullable String getErrorDescription() {
		return getError().getDescription();
	}

	/**
	 * Return how long the token endpoint asked the client to wait, from its Retry-After
	 * header.
	 * @return the delay, or {@code null} if the answer had no Retry-After header
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Return what to change in the application's configuration, when ZITADEL's answer
	 * says it is wrong; for example that the client ID must be the service user's
	 * username.
	 * @return the hint, or {@code null} if the answer is not a known misconfiguration
	 */
	public @Nullable String getHint() {
		return this.hint;
	}

	/**
	 * Return how many token requests were made before giving up.
	 * @return the number of attempts, at least 1
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Return whether trying again later may succeed: the endpoint did not answer
	 * (temporarily_unavailable without a status: a connection failure or a timeout), or
	 * answered 429 or a 502, 503 or 504 gateway or availability error. Errors about the
	 * request or the client, such as invalid_client, and failures in the application
	 * before a request was sent are not transient.
	 * @return whether the failure is transient
	 */
	public boolean isTransient() {
		if (this.statusCode == null) {
			return "temporarily_unavailable".equals(getErrorCode());
		}
		int status = this.statusCode.value();
		return status == 429 || status == 502 || status == 503 || status == 504;
	}

}
