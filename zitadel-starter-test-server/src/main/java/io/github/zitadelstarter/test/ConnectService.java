package io.github.zitadelstarter.test;

import java.io.IOException;
import java.util.Map;

/**
 * One of ZITADEL's v2 services over Connect, such as {@code zitadel.user.v2.UserService}:
 * registers a route for each of its calls at {@code /<service>/<Rpc>}, takes POST with a
 * JSON body, authenticates the caller as the v1 APIs do and answers errors in the Connect
 * shape.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ConnectService {

	private final Instance instance;

	private final String name;

	private final Map<String, Route> routes;

	ConnectService(Instance instance, String name, Map<String, Route> routes) {
		this.instance = instance;
		this.name = name;
		this.routes = routes;
	}

	void rpc(String rpc, Rpc handler) {
		this.routes.put("/" + this.name + "/" + rpc, (exchange) -> handle(exchange, rpc, handler));
	}

	private void handle(Exchange exchange, String rpc, Rpc handler) throws IOException {
		if (!exchange.requireMethod("POST")) {
			return;
		}
		String contentType = exchange.header("Content-Type");
		if (contentType == null || !contentType.startsWith("application/json")) {
			exchange.sendText(415, "unsupported content type " + contentType);
			return;
		}
		try {
			IssuedToken token = ApiAuthentication.token(exchange, this.instance);
			Map<String, Object> request = parse(exchange.body());
			exchange.sendJson(200, handler.call(new ConnectCall(this.instance, token.user(), rpc, request)));
		}
		catch (ConnectException ex) {
			exchange.sendConnectError(ex.code(), ex.getMessage(), ex.id());
		}
	}

	private static Map<String, Object> parse(String body) throws ConnectException {
		if (body.isBlank()) {
			return Map.of();
		}
		try {
			return Json.parseObject(body);
		}
		catch (IllegalArgumentException ex) {
			throw ConnectException.invalidArgument("invalid request: " + ex.getMessage());
		}
	}

	/**
	 * One call of the service: the answer's JSON, or a {@link ConnectException}.
	 */
	@FunctionalInterface
	interface Rpc {

		Map<String, Object> call(ConnectCall call) throws ConnectException;

	}

}
