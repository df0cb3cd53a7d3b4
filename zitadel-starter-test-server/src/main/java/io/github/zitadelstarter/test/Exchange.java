package io.github.zitadelstarter.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import org.jspecify.annotations.Nullable;

/**
 * One request to the test server and its answer: the request read once (headers, body,
 * form fields) and the answers in ZITADEL's formats (OAuth2 errors, gRPC-gateway errors,
 * plain text).
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Exchange {

	private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

	private static final Map<String, Integer> CONNECT_STATUS = Map.of("invalid_argument", 400, "failed_precondition",
			400, "unauthenticated", 401, "permission_denied", 403, "not_found", 404, "already_exists", 409,
			"unimplemented", 501, "internal", 500);

	private final HttpExchange exchange;

	private final Map<String, List<String>> headers;

	private final String body;

	private final Map<String, List<String>> form;

	Exchange(HttpExchange exchange) throws IOException {
		this.exchange = exchange;
		this.headers = headersOf(exchange);
		try (InputStream input = exchange.getRequestBody()) {
			this.body = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		this.form = isForm() ? parseForm(this.body) : Map.of();
	}

	String method() {
		return this.exchange.getRequestMethod();
	}

	String path() {
		return this.exchange.getRequestURI().getPath();
	}

	@Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * Return the bearer token of the Authorization header, or {@code null} if there is none.
	 */
	@Nullable String bearerToken() {
		String authorization = header("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return authorization.substring(7).trim();
	}

	Map<String, List<String>> form() {
		return this.form;
	}

	@Nullable String formValue(String name) {
		List<String> values = this.form.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	String body() {
		return this.body;
	}

	boolean isForm() {
		String contentType = header("Content-Type");
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM_CONTENT_TYPE);
	}

	RecordedRequest recorded() {
		return new RecordedRequest(method(), path(), this.headers, this.form, this.body);
	}

	/**
	 * Answer 405 unless the request uses the given method; return whether it does.
	 */
	boolean requireMethod(String method) throws IOException {
		if (method().equals(method)) {
			return true;
		}
		this.exchange.getResponseHeaders().set("Allow", method);
		sendText(405, "method not allowed");
		return false;
	}

	void setHeader(String name, String value) {
		this.exchange.getResponseHeaders().set(name, value);
	}

	void sendJson(int status, Map<String, ?> body) throws IOException {
		this.exchange.getResponseHeaders().set("Content-Type", "application/json");
		this.exchange.getResponseHeaders().set("Cache-Control", "no-store");
		write(status, Json.write(body));
	}

	void sendText(int status, String body) throws IOException {
		this.exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		write(status, body);
	}

	/**
	 * Answer with an OAuth2 error body, as ZITADEL's OIDC endpoints do: 400, or 500 for
	 * server_error.
	 */
	void sendOAuthError(String error, String description) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		sendJson(error.equals("server_error") ? 500 : 400, body);
	}

	/**
	 * Answer with the error body of ZITADEL's gRPC gateway (v1 REST APIs).
	 */
	void sendGatewayError(int status, int code, String message, @Nullable String id) throws IOException {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("@type", "type.googleapis.com/zitadel.v1.ErrorDetail");
		if (id != null) {
			detail.put("id", id);
		}
		detail.put("message", message);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("message", (id != null) ? message + " (" + id + ")" : message);
		body.put("details", List.of(detail));
		sendJson(status, body);
	}

	/**
	 * Answer with an error of the Connect protocol, as ZITADEL's v2 APIs do: the code's
	 * HTTP status and {@code {"code","message","details":[{"type","value","debug"}]}}
	 * with ZITADEL's error detail, whose ID also ends the message.
	 */
	void sendConnectError(String code, String message, @Nullable String id) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("message", (id != null) ? message + " (" + id + ")" : message);
		if (id != null) {
			Map<String, Object> debug = new LinkedHashMap<>();
			debug.put("id", id);
			debug.put("message", message);
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("type", "zitadel.v1.ErrorDetail");
			detail.put("value", Base64.getEncoder().encodeToString((id + " " + message).getBytes(StandardCharsets.UTF_8)));
			detail.put("debug", debug);
			body.put("details", List.of(detail));
		}
		sendJson(CONNECT_STATUS.getOrDefault(code, 500), body);
	}

	private void write(int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		this.exchange.sendResponseHeaders(status, (bytes.length > 0) ? bytes.length : -1);
		if (bytes.length > 0) {
			try (OutputStream output = this.exchange.getResponseBody()) {
				output.write(bytes);
			}
		}
	}

	private static Map<String, List<String>> parseForm(String body) {
		Map<String, List<String>> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			form.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		form.replaceAll((name, values) -> List.copyOf(values));
		return Collections.unmodifiableMap(form);
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

	private static Map<String, List<String>> headersOf(HttpExchange exchange) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		return Collections.unmodifiableMap(headers);
	}

}
