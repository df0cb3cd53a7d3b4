package io.github.zitadelstarter.test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ZITADEL's OpenID Connect endpoints besides the token and introspection endpoints:
 * discovery, revocation and the key set.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class OAuthEndpoints {

	private final Instance instance;

	OAuthEndpoints(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		routes.put("/.well-known/openid-configuration", this::discovery);
		routes.put("/oauth/v2/revoke", this::revoke);
		routes.put("/oauth/v2/keys", this::keys);
	}

	private void discovery(Exchange exchange) throws IOException {
		if (!exchange.requireMethod("GET")) {
			return;
		}
		String issuer = this.instance.issuer();
		Map<String, Object> configuration = new LinkedHashMap<>();
		configuration.put("issuer", issuer);
		configuration.put("authorization_endpoint", issuer + "/oauth/v2/authorize");
		configuration.put("token_endpoint", issuer + TokenEndpoint.PATH);
		configuration.put("introspection_endpoint", issuer + IntrospectionEndpoint.PATH);
		configuration.put("userinfo_endpoint", issuer + "/oidc/v1/userinfo");
		configuration.put("revocation_endpoint", issuer + "/oauth/v2/revoke");
		configuration.put("end_session_endpoint", issuer + "/oidc/v1/end_session");
		configuration.put("jwks_uri", issuer + "/oauth/v2/keys");
		configuration.put("scopes_supported", List.of("openid", "profile", "email", "offline_access",
				ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE, "urn:zitadel:iam:user:resourceowner"));
		configuration.put("grant_types_supported", List.of("client_credentials", JwtProfileGrant.GRANT_TYPE));
		configuration.put("token_endpoint_auth_methods_supported",
				List.of("none", "client_secret_basic", "client_secret_post"));
		configuration.put("revocation_endpoint_auth_methods_supported",
				List.of("none", "client_secret_basic", "client_secret_post"));
		configuration.put("introspection_endpoint_auth_methods_supported",
				List.of("client_secret_basic", "private_key_jwt"));
		exchange.sendJson(200, configuration);
	}

	private void revoke(Exchange exchange) throws IOException {
		if (!exchange.requireMethod("POST")) {
			return;
		}
		this.instance.revoke(exchange.formValue("token"));
		exchange.sendText(200, "");
	}

	private void keys(Exchange exchange) throws IOException {
		if (exchange.requireMethod("GET")) {
			exchange.sendJson(200, this.instance.signingKeys().jwks());
		}
	}

}
