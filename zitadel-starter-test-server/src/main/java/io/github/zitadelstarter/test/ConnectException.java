package io.github.zitadelstarter.test;

import org.jspecify.annotations.Nullable;

/**
 * An error answer of a v2 call, in the Connect protocol: its code, ZITADEL's message key
 * and the error ID. The IDs are the test server's own, in ZITADEL's form.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ConnectException extends Exception {

	private final String code;

	private final @Nullable String id;

	private ConnectException(String code, String message, @Nullable String id) {
		super(message, null, false, false);
		this.code = code;
		this.id = id;
	}

	static ConnectException notFound(String message, String id) {
		return new ConnectException("not_found", message, id);
	}

	static ConnectException alreadyExists(String message, String id) {
		return new ConnectException("already_exists", message, id);
	}

	static ConnectException invalidArgument(String message) {
		return new ConnectException("invalid_argument", message, null);
	}

	static ConnectException failedPrecondition(String message, String id) {
		return new ConnectException("failed_precondition", message, id);
	}

	static ConnectException permissionDenied() {
		return new ConnectException("permission_denied", "No matching permissions found", "AUTH-5mWD2");
	}

	static ConnectException unauthenticated(String message, @Nullable String id) {
		return new ConnectException("unauthenticated", message, id);
	}

	String code() {
		return this.code;
	}

	@Nullable String id() {
		return this.id;
	}

}
