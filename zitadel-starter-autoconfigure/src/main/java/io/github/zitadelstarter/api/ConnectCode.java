package io.github.zitadelstarter.api;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The error codes of the Connect protocol, in which ZITADEL's v2 APIs answer errors, with
 * the HTTP status each travels with.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum ConnectCode {

	/** The call was cancelled, typically by the caller. */
	CANCELED(499),

	/** An error without a more specific code. */
	UNKNOWN(500),

	/** The request is invalid, such as a required field that is missing. */
	INVALID_ARGUMENT(400),

	/** The call did not complete in time. */
	DEADLINE_EXCEEDED(504),

	/** The resource, such as a user, does not exist. */
	NOT_FOUND(404),

	/** The resource already exists, such as a username that is taken. */
	ALREADY_EXISTS(409),

	/** The caller lacks a permission for the call. */
	PERMISSION_DENIED(403),

	/** A quota or rate limit was reached. */
	RESOURCE_EXHAUSTED(429),

	/** The resource is not in the state the call needs, such as deactivating an inactive user. */
	FAILED_PRECONDITION(400),

	/** The call was aborted, such as by a concurrent change. */
	ABORTED(409),

	/** A value is out of its valid range. */
	OUT_OF_RANGE(400),

	/** The server does not implement the call. */
	UNIMPLEMENTED(501),

	/** An internal error of the server. */
	INTERNAL(500),

	/** The server is unavailable for now. */
	UNAVAILABLE(503),

	/** Data was lost or corrupted. */
	DATA_LOSS(500),

	/** The call carried no valid credentials. */
	UNAUTHENTICATED(401);

	private final int httpStatus;

	ConnectCode(int httpStatus) {
		this.httpStatus = httpStatus;
	}

	/**
	 * Return the code as it is written on the wire, such as {@code not_found}.
	 * @return the code's wire name
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Return the HTTP status the Connect protocol sends this code with.
	 * @return the HTTP status
	 */
	public int httpStatus() {
		return this.httpStatus;
	}

	/**
	 * Return the code of a wire name.
	 * @param wireName the name, such as {@code not_found}
	 * @return the code, or {@code null} if the name is not a Connect code
	 */
	public static @Nullable ConnectCode fromWireName(String wireName) {
		for (ConnectCode code : values()) {
			if (code.wireName().equals(wireName)) {
				return code;
			}
		}
		return null;
	}

	/**
	 * Return the code that the Connect protocol assigns to an HTTP error status without a
	 * Connect error body, such as an answer of a proxy in front of ZITADEL.
	 * @param httpStatus the HTTP status
	 * @return the code
	 */
	public static ConnectCode fromHttpStatus(int httpStatus) {
		return switch (httpStatus) {
			case 400 -> INTERNAL;
			case 401 -> UNAUTHENTICATED;
			case 403 -> PERMISSION_DENIED;
			case 404 -> UNIMPLEMENTED;
			case 429, 502, 503, 504 -> UNAVAILABLE;
			default -> UNKNOWN;
		};
	}

}
