package io.github.zitadelstarter.autoconfigure;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * What to do about an answer of ZITADEL that means the application is misconfigured. The
 * answers are recognised by ZITADEL's error texts and IDs, which are stable across
 * versions; anything else gets no hint.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
enum ZitadelErrorHint {

	CLIENT_NOT_FOUND("Set zitadel.client-id to the service user's username (its login name), not its numeric user ID."),

	SECRET_INVALID("zitadel.client-secret is not the service user's current secret: check the configured value, or"
			+ " generate a new client secret for the service user in ZITADEL and configure that one."),

	SECRET_NOT_EXISTING("The service user has no client secret: generate one for it in ZITADEL and set"
			+ " zitadel.client-secret. A secret created moments ago may take a few seconds to be accepted."),

	INSTANCE_NOT_FOUND("ZITADEL found no instance for the host this request was sent to (Instance not found):"
			+ " check zitadel.domain, or, when ZITADEL is reached through another address than its external"
			+ " domain, set zitadel.instance-host to that domain."),

	INVALID_AUDIENCE("The access token is not meant for ZITADEL's APIs (invalid audience): add"
			+ " urn:zitadel:iam:org:project:id:zitadel:aud to zitadel.scopes."),

	MISSING_PERMISSION("The service user has no role that allows this call (AUTH-5mWD2): grant it a manager role"
			+ " in ZITADEL, such as Org Owner on the organization, or IAM Owner for instance-wide APIs.");

	private final String action;

	ZitadelErrorHint(String action) {
		this.action = action;
	}

	/**
	 * Return what the developer should do.
	 * @return the action, naming the property to change where there is one
	 */
	String action() {
		return this.action;
	}

	/**
	 * Return the hint for an answer of ZITADEL's token endpoint.
	 * @param error the OAuth2 error read from the answer
	 * @param body the answer's body, for errors that come as plain text
	 * @return the hint, or {@code null} if the answer is not a known misconfiguration
	 */
	static @Nullable ZitadelErrorHint forTokenError(OAuth2Error error, String body) {
		String description = String.valueOf(error.getDescription());
		if ("invalid_client".equals(error.getErrorCode())
				&& description.toLowerCase(Locale.ROOT).contains("client not found")) {
			return CLIENT_NOT_FOUND;
		}
		if (description.contains("Errors.User.Machine.Secret.Invalid")) {
			return SECRET_INVALID;
		}
		if (description.contains("Errors.User.Machine.Secret.NotExisting")) {
			return SECRET_NOT_EXISTING;
		}
		return isInstanceNotFound(body) ? INSTANCE_NOT_FOUND : null;
	}

	/**
	 * Return the hint for an error answer of one of ZITADEL's APIs.
	 * @param status the answer's status
	 * @param body the answer's body
	 * @return the hint, or {@code null} if the answer is not a known misconfiguration
	 */
	static @Nullable ZitadelErrorHint forApiError(HttpStatusCode status, String body) {
		return switch (status.value()) {
			case 401 -> (body.contains("APP-Zxfako") || body.contains("invalid audience")) ? INVALID_AUDIENCE : null;
			case 403 -> body.contains("AUTH-5mWD2") ? MISSING_PERMISSION : null;
			case 404 -> isInstanceNotFound(body) ? INSTANCE_NOT_FOUND : null;
			default -> null;
		};
	}

	// ZITADEL answers in plain text, worded differently between versions, but always with
	// the error ID QUERY-n0wng or the message "Instance not found".
	private static boolean isInstanceNotFound(String body) {
		return body.contains("QUERY-n0wng") || body.contains("Instance not found");
	}

}
