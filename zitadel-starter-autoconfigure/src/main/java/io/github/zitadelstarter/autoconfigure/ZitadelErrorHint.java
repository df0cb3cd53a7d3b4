package io.github.zitadelstarter.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * What to do about an answer of ZITADEL that means the application is misconfigured. The
 * answers are recognised by ZITADEL's error texts and IDs, which are stable across
 * versions; anything else gets no hint. Which token-endpoint answers mean what depends on
 * the credential: each {@link TokenGrant} picks its hints.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
enum ZitadelErrorHint {

	CLIENT_NOT_FOUND("Set zitadel.client-id to the service user's username (its login name), not its numeric user ID."),

	SECRET_INVALID("zitadel.client-secret is not the service user's current secret: check the configured value, or"
			+ " generate a new client secret for the service user in ZITADEL and configure that one."),

	SECRET_NOT_EXISTING("The service user has no client secret: generate one for it in ZITADEL and set"
			+ " zitadel.client-secret. A secret created moments ago may take a few seconds to be accepted."),

	ASSERTION_REJECTED("ZITADEL could not verify the assertion signed with the service user's key. Check that the key"
			+ " still exists and has not expired (Users, Service Users, the user, Keys), that it belongs to a service"
			+ " user of this instance (zitadel.domain), and that this machine's clock is right (ZITADEL refuses"
			+ " assertions issued in the future); then configure a current key file."),

	PERSONAL_ACCESS_TOKEN_REJECTED("ZITADEL does not accept the personal access token: it has expired, was revoked,"
			+ " or belongs to another instance than zitadel.domain. Create a new personal access token for the"
			+ " service user and set zitadel.personal-access-token."),

	INSTANCE_NOT_FOUND("ZITADEL found no instance for the host this request was sent to (Instance not found):"
			+ " check zitadel.domain, or, when ZITADEL is reached through another address than its external"
			+ " domain, set zitadel.instance-host to that domain."),

	INVALID_AUDIENCE("The access token is not meant for ZITADEL's APIs (invalid audience): add"
			+ " urn:zitadel:iam:org:project:id:zitadel:aud to zitadel.scopes."),

	MISSING_PERMISSION("The service user has no role that allows this call (permission denied): grant it a manager"
			+ " role in ZITADEL, such as Org Owner (ORG_OWNER) on the organization, or IAM Owner (IAM_OWNER) for"
			+ " instance-wide calls such as AddOrganization.");

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
	 * Return the hint for an error answer of one of ZITADEL's APIs.
	 * @param status the answer's status
	 * @param body the answer's body
	 * @param personalAccessToken whether the request carried a personal access token,
	 * which ZITADEL rejects for other reasons than an access token
	 * @return the hint, or {@code null} if the answer is not a known misconfiguration
	 */
	static @Nullable ZitadelErrorHint forApiError(HttpStatusCode status, String body, boolean personalAccessToken) {
		return switch (status.value()) {
			case 401 -> unauthorized(body, personalAccessToken);
			case 403 -> (body.contains("AUTH-5mWD2") || body.contains("\"permission_denied\"")) ? MISSING_PERMISSION : null;
			case 404 -> isInstanceNotFound(body) ? INSTANCE_NOT_FOUND : null;
			default -> null;
		};
	}

	private static @Nullable ZitadelErrorHint unauthorized(String body, boolean personalAccessToken) {
		if (personalAccessToken) {
			return PERSONAL_ACCESS_TOKEN_REJECTED;
		}
		return (body.contains("APP-Zxfako") || body.contains("invalid audience")) ? INVALID_AUDIENCE : null;
	}

	/**
	 * Return whether ZITADEL answered that it has no instance for the request's host. It
	 * answers in plain text, worded differently between versions, but always with the
	 * error ID QUERY-n0wng or the message "Instance not found".
	 */
	static boolean isInstanceNotFound(String body) {
		return body.contains("QUERY-n0wng") || body.contains("Instance not found");
	}

}
