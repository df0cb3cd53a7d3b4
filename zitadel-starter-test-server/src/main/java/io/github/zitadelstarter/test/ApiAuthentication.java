package io.github.zitadelstarter.test;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * How ZITADEL's APIs, v1 and v2, authenticate their caller: by an active token in the
 * Authorization header. The v1 APIs answer a failure in the gRPC gateway's shape, the v2
 * services ({@link ConnectService}) in Connect's.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ApiAuthentication {

	private ApiAuthentication() {
	}

	/**
	 * Return the caller's active token, or answer the gateway's 401 and return
	 * {@code null}.
	 */
	static @Nullable IssuedToken authenticate(Exchange exchange, Instance instance) throws IOException {
		try {
			return token(exchange, instance);
		}
		catch (ConnectException ex) {
			exchange.sendGatewayError(401, 16, ex.getMessage(), ex.id());
			return null;
		}
	}

	/**
	 * Return the caller's active token, or fail as unauthenticated: no header, an
	 * unknown, expired or revoked token, or an access token without ZITADEL's audience
	 * (personal access tokens need none).
	 */
	static IssuedToken token(Exchange exchange, Instance instance) throws ConnectException {
		String authorization = exchange.header("Authorization");
		if (authorization == null || authorization.isBlank()) {
			throw ConnectException.unauthenticated("auth header missing", null);
		}
		IssuedToken token = instance.activeToken(exchange.bearerToken());
		if (token == null) {
			throw ConnectException.unauthenticated("Token is invalid", "AUTH-7fs1e");
		}
		if (!token.isPersonal() && !token.scopes().contains(ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE)) {
			throw ConnectException.unauthenticated("invalid audience", "APP-Zxfako");
		}
		return token;
	}

}
