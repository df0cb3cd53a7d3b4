package io.github.zitadelstarter.test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Hands each request to the route of its path, as a ZITADEL instance would: after
 * recording it, and only if it is addressed to the instance's external domain (with the
 * plain-text 404 "Instance not found" otherwise); unknown paths get the gateway's 404.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Router implements HttpHandler {

	private static final String HEALTH_PATH = "/debug/healthz";

	private final Instance instance;

	private final Map<String, Route> routes;

	private final List<RecordedRequest> requests;

	Router(Instance instance, Map<String, Route> routes, List<RecordedRequest> requests) {
		this.instance = instance;
		this.routes = routes;
		this.requests = requests;
		this.routes.put(HEALTH_PATH, (exchange) -> exchange.sendText(200, "ok"));
	}

	@Override
	public void handle(HttpExchange httpExchange) throws IOException {
		try (httpExchange) {
			Exchange exchange = new Exchange(httpExchange);
			this.requests.add(exchange.recorded());
			String path = exchange.path();
			if (!path.equals(HEALTH_PATH) && !isForThisInstance(exchange)) {
				exchange.sendText(404, "unable to set instance using origin " + this.instance.origin()
						+ " (ExternalDomain is " + this.instance.externalDomain()
						+ "): ID=QUERY-n0wng Message=Instance not found");
				return;
			}
			Route route = this.routes.get(path);
			if (route != null) {
				route.handle(exchange);
			}
			else {
				exchange.sendGatewayError(404, 5, "Not Found", null);
			}
		}
	}

	private boolean isForThisInstance(Exchange exchange) {
		String externalDomain = this.instance.externalDomain();
		if (externalDomain == null) {
			return true;
		}
		String host = exchange.header("x-zitadel-instance-host");
		if (host == null) {
			host = exchange.header("Host");
		}
		return host != null && host.replaceFirst(":\\d+$", "").equalsIgnoreCase(externalDomain);
	}

}
