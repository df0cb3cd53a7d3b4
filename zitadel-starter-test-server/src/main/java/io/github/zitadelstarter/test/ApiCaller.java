package io.github.zitadelstarter.test;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * The caller of one of ZITADEL's APIs, authenticated as ZITADEL's API interceptors do it,
 * whatever the API's error format: the gateway's for the v1 APIs, Connect's for the v2
 * services.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ApiCaller {

	private ApiCaller() {
	}

	/**
	 * Return the caller's active token, or answer "unauthenticated" and return
	 * {@code null}: no header, an unknown, expired or revoked token, or an access token
	 * without ZITADEL's audience (personal access tokens need none).
	 */
	static @Nullable IssuedToken authenticate(Exchange exchange, Instance instance, Unauthenticated answer)
			throws IOException {
		String authorization = exchange.header("Authorization");
		if (authorization == null || authorization.isBlank()) {
			answer.send("auth header missing", null);
			return null;
		}
		IssuedToken token = instance.activeToken(exchange.bearerToken());
		if (token == null) {
			answer.send("Token is invalid", "AUTH-7fs1e");
			return null;
		}
		if (!token.isPersonal() && !token.scopes().contains(ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE)) {
			answer.send("invalid audience", "APP-Zxfako");
			return null;
		}
		return token;
	}

	/**
	 * Answers an unauthenticated request in the format of one API.
	 */
	@FunctionalInterface
	interface Unauthenticated {

		void send(String message, @Nullable String id) throws IOException;

	}

}
