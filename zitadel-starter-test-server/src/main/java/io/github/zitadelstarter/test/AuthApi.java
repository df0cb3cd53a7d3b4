package io.github.zitadelstarter.test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ZITADEL's v1 Auth API, the caller's own data, as far as the test server serves it:
 * {@code GET /auth/v1/users/me}, which any valid token may call.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class AuthApi {

	private final Instance instance;

	AuthApi(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		routes.put("/auth/v1/users/me", this::myUser);
	}

	private void myUser(Exchange exchange) throws IOException {
		if (!exchange.requireMethod("GET")) {
			return;
		}
		IssuedToken token = ApiAuthentication.authenticate(exchange, this.instance);
		if (token == null) {
			return;
		}
		User user = token.user();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", user.id());
		json.put("details", ObjectDetails.of(user.creationDate(), user.organization().id()));
		json.put("state", "USER_STATE_" + user.state());
		json.put("userName", user.username());
		json.put("loginNames", List.of(user.username()));
		json.put("preferredLoginName", user.username());
		if (user.type() == User.Type.MACHINE) {
			json.put("machine", Map.of("name", user.username(), "accessTokenType", "ACCESS_TOKEN_TYPE_BEARER"));
		}
		exchange.sendJson(200, Map.of("user", json));
	}

}
