package io.github.zitadelstarter.test;

import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * ZITADEL's introspection endpoint, {@code POST /oauth/v2/introspect}. Only an API
 * application may call it, authenticated by its client ID and secret (HTTP Basic) or by
 * a JWT signed with its key (private_key_jwt); anyone else, a service user included, gets
 * 401 invalid_client. A token that is unknown, expired, revoked or not meant for the
 * application's project is answered {"active":false}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class IntrospectionEndpoint {

	static final String PATH = "/oauth/v2/introspect";

	static final String JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private final Instance instance;

	IntrospectionEndpoint(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		routes.put(PATH, this::introspect);
	}

	private void introspect(Exchange exchange) throws IOException {
		if (!exchange.requireMethod("POST")) {
			return;
		}
		Application application = authenticate(exchange);
		if (application == null) {
			return;
		}
		String value = exchange.formValue("token");
		IssuedToken token = this.instance.activeToken(value);
		if (token == null || !isFor(token, application)) {
			exchange.sendJson(200, Map.of("active", false));
			return;
		}
		exchange.sendJson(200, answer(token, application, value));
	}

	/**
	 * Return whether the token's audience names the application or its project. A
	 * personal access token is checked against the application's project, which ZITADEL
	 * adds to its audience.
	 */
	private static boolean isFor(IssuedToken token, Application application) {
		List<String> audience = token.audience();
		return token.isPersonal() || audience.contains(application.clientId())
				|| audience.contains(application.project().id());
	}

	private Map<String, Object> answer(IssuedToken token, Application application, String value) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("active", true);
		answer.put("scope", String.join(" ", token.scopes()));
		answer.put("client_id", token.user().username());
		answer.put("token_type", "Bearer");
		if (token.expiresAt() != null) {
			answer.put("exp", token.expiresAt().getEpochSecond());
		}
		answer.put("iat", token.issuedAt().getEpochSecond());
		answer.put("nbf", token.issuedAt().getEpochSecond());
		answer.put("aud", token.isPersonal() ? List.of(application.project().id()) : token.audience());
		answer.put("iss", this.instance.issuer());
		answer.put("jti", Integer.toHexString(value.hashCode()));
		answer.put("sub", token.user().id());
		answer.put("username", token.user().username());
		answer.putAll(token.claims());
		return answer;
	}

	/**
	 * Return the calling application, or answer 401 invalid_client and return
	 * {@code null}.
	 */
	private @Nullable Application authenticate(Exchange exchange) throws IOException {
		if (!exchange.requireOneClientAuthentication()) {
			return null;
		}
		String assertion = exchange.formValue("client_assertion");
		Application application = exchange.hasBasicAuthorization() ? bySecret(exchange.basicCredentials())
				: (assertion != null && JWT_BEARER_ASSERTION.equals(exchange.formValue("client_assertion_type")))
						? byAssertion(assertion) : null;
		if (application == null) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("error", "invalid_client");
			error.put("error_description", "client must be authenticated as an API or OIDC application");
			exchange.sendJson(401, error);
		}
		return application;
	}

	private @Nullable Application bySecret(Exchange.@Nullable BasicCredentials credentials) {
		if (credentials == null) {
			return null;
		}
		Application application = this.instance.application(credentials.clientId());
		boolean valid = application != null && credentials.clientSecret().equals(application.clientSecret());
		return valid ? application : null;
	}

	/**
	 * Verify a private_key_jwt assertion as ZITADEL does: signed with a key of the
	 * application named by iss, and valid as {@link Jwt#isValidAssertion} checks.
	 */
	private @Nullable Application byAssertion(String assertion) {
		Jwt jwt;
		try {
			jwt = Jwt.parse(assertion);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String clientId = jwt.stringClaim("iss");
		Application application = (clientId != null) ? this.instance.application(clientId) : null;
		String keyId = jwt.header("kid");
		RSAPublicKey key = (application != null && keyId != null) ? application.keys().get(keyId) : null;
		boolean valid = key != null && jwt.isSignedBy(key)
				&& jwt.isValidAssertion(this.instance.issuer(), this.instance.now());
		return valid ? application : null;
	}

}
