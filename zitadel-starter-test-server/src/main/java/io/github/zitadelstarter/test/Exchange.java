package io.github.zitadelstarter.test;

import java.io.ByteArrayOutputStream;
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

	// HTTP status of each Connect error code, as the Connect protocol maps them
	private static final Map<String, Integer> CONNECT_STATUSES = Map.ofEntries(Map.entry("invalid_argument", 400),
			Map.entry("failed_precondition", 400), Map.entry("out_of_range", 400), Map.entry("unauthenticated", 401),
			Map.entry("permission_denied", 403), Map.entry("not_found", 404), Map.entry("already_exists", 409),
			Map.entry("aborted", 409), Map.entry("resource_exhausted", 429), Map.entry("unimplemented", 501),
			Map.entry("unavailable", 503), Map.entry("deadline_exceeded", 504));

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

	/**
	 * Return whether the client authenticates with HTTP Basic.
	 */
	boolean hasBasicAuthorization() {
		String authorization = header("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/**
	 * Return the client ID and secret of the HTTP Basic Authorization header, both
	 * URL-decoded as ZITADEL decodes them, or {@code null} if the header is not Basic or
	 * cannot be decoded.
	 */
	@Nullable BasicCredentials basicCredentials() {
		if (!hasBasicAuthorization()) {
			return null;
		}
		try {
			String encoded = header("Authorization").substring(6).trim();
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return null;
			}
			return new BasicCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Answer invalid_request if the client authenticates in more than one way, HTTP Basic
	 * and a client secret or assertion in the body, as ZITADEL does; return whether it
	 * uses one way at most.
	 */
	boolean requireOneClientAuthentication() throws IOException {
		if (hasBasicAuthorization()
				&& (this.form.containsKey("client_secret") || this.form.containsKey("client_assertion"))) {
			sendOAuthError("invalid_request", "client authentication must not use more than one method");
			return false;
		}
		return true;
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
	 * Answer with the error body of ZITADEL's Connect services (the v2 APIs): the
	 * Connect code with its HTTP status, the message with the error's ID in parentheses,
	 * and one zitadel.v1.ErrorDetail, encoded as protobuf and readable in debug.
	 */
	void sendConnectError(String code, String message, @Nullable String id) throws IOException {
		Map<String, Object> debug = new LinkedHashMap<>();
		if (id != null) {
			debug.put("id", id);
		}
		debug.put("message", message);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("type", "zitadel.v1.ErrorDetail");
		detail.put("value", Base64.getEncoder().withoutPadding().encodeToString(errorDetailProto(id, message)));
		detail.put("debug", debug);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("message", (id != null) ? message + " (" + id + ")" : message);
		body.put("details", List.of(detail));
		sendJson(CONNECT_STATUSES.getOrDefault(code, 500), body);
	}

	// zitadel.v1.ErrorDetail: field 1 id and field 2 message, both strings
	private static byte[] errorDetailProto(@Nullable String id, String message) {
		ByteArrayOutputStream proto = new ByteArrayOutputStream();
		if (id != null) {
			writeProtoString(proto, 1, id);
		}
		writeProtoString(proto, 2, message);
		return proto.toByteArray();
	}

	private static void writeProtoString(ByteArrayOutputStream proto, int field, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		proto.write((field << 3) | 2);
		for (int length = bytes.length; ; length >>>= 7) {
			if (length < 0x80) {
				proto.write(length);
				break;
			}
			proto.write((length & 0x7f) | 0x80);
		}
		proto.writeBytes(bytes);
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

	/**
	 * The client ID and secret of an HTTP Basic Authorization header.
	 *
	 * @param clientId the client ID
	 * @param clientSecret the client secret
	 */
	record BasicCredentials(String clientId, String clientSecret) {

		@Override
		public String toString() {
			return "BasicCredentials{clientId=" + this.clientId + "}";
		}

	}

}
