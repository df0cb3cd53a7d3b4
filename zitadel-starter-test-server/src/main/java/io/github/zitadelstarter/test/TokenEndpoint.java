package io.github.zitadelstarter.test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * ZITADEL's token endpoint, {@code POST /oauth/v2/token}, for service users: the
 * client-credentials grant and the JWT profile grant with ZITADEL's error answers, and
 * faults that tests ask for.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class TokenEndpoint {

	static final String PATH = "/oauth/v2/token";

	private final Instance instance;

	private final JwtProfileGrant jwtProfile;

	private final Deque<TokenEndpointFault> faults = new ArrayDeque<>();

	TokenEndpoint(Instance instance) {
		this.instance = instance;
		this.jwtProfile = new JwtProfileGrant(instance);
	}

	void register(Map<String, Route> routes) {
		routes.put(PATH, this::token);
	}

	void failNext(int count, TokenEndpointFault fault) {
		synchronized (this.faults) {
			for (int i = 0; i < count; i++) {
				this.faults.add(fault);
			}
		}
	}

	void clearFaults() {
		synchronized (this.faults) {
			this.faults.clear();
		}
	}

	private void token(Exchange exchange) throws IOException {
		TokenEndpointFault fault;
		synchronized (this.faults) {
			fault = this.faults.poll();
		}
		if (fault != null && applyFault(exchange, fault)) {
			return;
		}
		if (!exchange.requireMethod("POST")) {
			return;
		}
		if (!exchange.isForm()) {
			exchange.sendOAuthError("invalid_request", "request body must be application/x-www-form-urlencoded");
			return;
		}
		String grantType = exchange.formValue("grant_type");
		if (grantType == null || grantType.isEmpty()) {
			exchange.sendOAuthError("invalid_request", "grant_type missing");
			return;
		}
		User user;
		if (grantType.equals("client_credentials")) {
			user = authenticate(exchange);
		}
		else if (grantType.equals(JwtProfileGrant.GRANT_TYPE)) {
			user = this.jwtProfile.authenticate(exchange);
		}
		else {
			exchange.sendOAuthError("unsupported_grant_type", grantType + " not supported");
			return;
		}
		if (user == null) {
			return;
		}
		Set<String> scopes = scopes(exchange);
		if (scopes != null) {
			issue(exchange, user, scopes);
		}
	}

	/**
	 * Return the requested scopes, or answer ZITADEL's error for an empty scope and return
	 * {@code null}.
	 */
	private @Nullable Set<String> scopes(Exchange exchange) throws IOException {
		String scope = exchange.formValue("scope");
		if (scope == null || scope.isBlank()) {
			exchange.sendOAuthError("invalid_request",
					"The scope of your request is missing. Please ensure some scopes are requested.");
			return null;
		}
		return new LinkedHashSet<>(List.of(scope.trim().split("\\s+")));
	}

	private void issue(Exchange exchange, User user, Set<String> scopes) throws IOException {
		String accessToken = this.instance.issueToken(user, scopes);
		IssuedToken issued = this.instance.token(accessToken);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", accessToken);
		response.put("token_type", "Bearer");
		// ZITADEL answers the remaining lifetime in whole seconds, rounded down.
		response.put("expires_in",
				Math.max(0, Duration.between(this.instance.now(), issued.expiresAt()).toSeconds()));
		if (scopes.contains("openid")) {
			response.put("id_token", idToken(user, issued));
		}
		exchange.sendJson(200, response);
	}

	/**
	 * Apply a fault; return whether it took the place of the answer.
	 */
	private static boolean applyFault(Exchange exchange, TokenEndpointFault fault) throws IOException {
		switch (fault.kind()) {
			case STATUS -> {
				Duration retryAfter = fault.duration();
				if (retryAfter != null) {
					exchange.setHeader("Retry-After", String.valueOf(retryAfter.toSeconds()));
				}
				exchange.sendText(fault.status(),
						(fault.status() == 429) ? "rate limit exceeded" : "service unavailable");
				return true;
			}
			case DELAY -> {
				try {
					Thread.sleep(fault.duration().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return true;
				}
				return false;
			}
			case DROP_CONNECTION -> {
				// Closing the exchange before any header is sent makes the JDK server
				// close the connection: the client sees it drop without an answer.
				return true;
			}
		}
		return false;
	}

	/**
	 * Authenticate the client exactly as ZITADEL does for service users: HTTP Basic with
	 * both parts URL-decoded, or client_id and client_secret in the body, never both.
	 */
	private @Nullable User authenticate(Exchange exchange) throws IOException {
		if (!exchange.requireOneClientAuthentication()) {
			return null;
		}
		String clientId;
		String clientSecret;
		if (exchange.hasBasicAuthorization()) {
			Exchange.BasicCredentials credentials = exchange.basicCredentials();
			if (credentials == null) {
				exchange.sendOAuthError("invalid_client", "invalid basic auth header");
				return null;
			}
			clientId = credentials.clientId();
			clientSecret = credentials.clientSecret();
		}
		else {
			clientId = exchange.formValue("client_id");
			clientSecret = exchange.formValue("client_secret");
			if (clientId == null || clientId.isEmpty()) {
				exchange.sendOAuthError("invalid_request", "client_id or client_assertion must be provided");
				return null;
			}
		}
		User user = this.instance.userByUsername(clientId);
		if (user == null || user.type() != User.Type.MACHINE) {
			exchange.sendOAuthError("invalid_client", "client not found");
			return null;
		}
		String userSecret = user.clientSecretForTokenRequest();
		if (userSecret == null) {
			exchange.sendOAuthError("invalid_request", "Errors.User.Machine.Secret.NotExisting");
			return null;
		}
		if (!userSecret.equals(clientSecret)) {
			exchange.sendOAuthError("invalid_request", "Errors.User.Machine.Secret.Invalid");
			return null;
		}
		return user;
	}

	private String idToken(User user, IssuedToken token) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", this.instance.issuer());
		claims.put("sub", user.id());
		claims.put("aud", List.of(user.username()));
		claims.put("iat", token.issuedAt().getEpochSecond());
		claims.put("exp", token.expiresAt().getEpochSecond());
		// Unsigned: clients of the service-user grants do not verify the ID token.
		return Jwt.encode("{\"alg\":\"none\"}") + "." + Jwt.encode(Json.write(claims)) + ".";
	}

}
