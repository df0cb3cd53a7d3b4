package io.github.zitadelstarter.api;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The error codes of the Connect protocol, in which ZITADEL's v2 APIs answer errors.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum ConnectCode {

	/** The call was cancelled, typically by the caller. */
	CANCELED,

	/** An error without a more specific code. */
	UNKNOWN,

	/** The request is invalid, such as a required field that is missing. */
	INVALID_ARGUMENT,

	/** The call did not complete in time. */
	DEADLINE_EXCEEDED,

	/** The resource, such as a user, does not exist. */
	NOT_FOUND,

	/** The resource already exists, such as a username that is taken. */
	ALREADY_EXISTS,

	/** The caller lacks a permission for the call. */
	PERMISSION_DENIED,

	/** A quota or rate limit was reached. */
	RESOURCE_EXHAUSTED,

	/** The resource is not in the state the call needs, such as deactivating an inactive user. */
	FAILED_PRECONDITION,

	/** The call was aborted, such as by a concurrent change. */
	ABORTED,

	/** A value is out of its valid range. */
	OUT_OF_RANGE,

	/** The server does not implement the call. */
	UNIMPLEMENTED,

	/** An internal error of the server. */
	INTERNAL,

	/** The server is unavailable for now. */
	UNAVAILABLE,

	/** Data was lost or corrupted. */
	DATA_LOSS,

	/** The call carried no valid credentials. */
	UNAUTHENTICATED;

	/**
	 * Return the code as it is written on the wire, such as {@code not_found}.
	 * @return the code's wire name
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
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
