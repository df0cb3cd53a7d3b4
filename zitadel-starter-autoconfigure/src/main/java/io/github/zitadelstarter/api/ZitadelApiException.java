package io.github.zitadelstarter.api;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * ZITADEL answered a typed call with an error. Carries the Connect code (such as
 * {@link ConnectCode#NOT_FOUND}), the HTTP status, ZITADEL's error ID (such as
 * {@code QUERY-Ahf3s}), ZITADEL's message and, when the answer means the application is
 * misconfigured, a hint saying what to change.
 * <p>
 * The starter does not retry failed calls, except once after a 401 with a new token.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public class ZitadelApiException extends RuntimeException {

	private final ConnectCode code;

	private final HttpStatusCode statusCode;

	private final @Nullable String errorId;

	private final String errorMessage;

	private final @Nullable String hint;

	private final String operation;

	/**
	 * Create an exception.
	 * @param operation the path of the call, such as
	 * {@code /zitadel.user.v2.UserService/GetUserByID}
	 * @param code the Connect code
	 * @param statusCode the HTTP status of the answer
	 * @param errorId ZITADEL's error ID, if the answer had one
	 * @param errorMessage ZITADEL's message, or the status text if the answer had none
	 * @param hint what to change in the application, if known
	 */
	public ZitadelApiException(String operation, ConnectCode code, HttpStatusCode statusCode, @Nullable String errorId,
			String errorMessage, @Nullable String hint) {
		super(message(operation, code, statusCode, errorMessage, hint));
		this.operation = operation;
		this.code = code;
		this.statusCode = statusCode;
		this.errorId = errorId;
		this.errorMessage = errorMessage;
		this.hint = hint;
	}

	private static String message(String operation, ConnectCode code, HttpStatusCode statusCode, String errorMessage,
			@Nullable String hint) {
		String message = "ZITADEL answered " + operation + " with " + code.wireName() + " (HTTP " + statusCode.value()
				+ "): " + errorMessage;
		return (hint != null) ? message + ". " + hint : message;
	}

	/**
	 * Return the path of the call that failed.
	 * @return the path, such as {@code /zitadel.user.v2.UserService/GetUserByID}
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Return the Connect code of the answer; from the HTTP status, as the Connect
	 * protocol maps it, when the answer had no Connect error body.
	 * @return the code
	 */
	public ConnectCode getCode() {
		return this.code;
	}

	/**
	 * Return the HTTP status of the answer.
	 * @return the status
	 */
	public HttpStatusCode getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return ZITADEL's error ID, which identifies where in ZITADEL the error was raised.
	 * @return the ID, such as {@code QUERY-Ahf3s}, or {@code null} if the answer had none
	 */
	public @Nullable String getErrorId() {
		return this.errorId;
	}

	/**
	 * Return ZITADEL's message, such as {@code Errors.User.NotFound (QUERY-Ahf3s)}.
	 * @return the message
	 */
	public String getErrorMessage() {
		return this.errorMessage;
	}

	/**
	 * Return what to change in the application's configuration or in ZITADEL, when the
	 * answer means that something is set up wrong; for example which role the service
	 * user lacks.
	 * @return the hint, or {@code null} if the answer is not a known misconfiguration
	 */
	public @Nullable String getHint() {
		return this.hint;
	}

}
