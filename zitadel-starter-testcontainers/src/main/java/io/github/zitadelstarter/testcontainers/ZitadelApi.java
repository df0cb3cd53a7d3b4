package io.github.zitadelstarter.testcontainers;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.json.JsonWriter;

/**
 * The calls this module makes to a ZITADEL instance, over HTTP/1.1 with the JDK's client:
 * plain GETs, Connect calls with a JSON body, and token requests with a client secret.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelApi {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(TIMEOUT)
		.build();

	private final URI origin;

	ZitadelApi(URI origin) {
		this.origin = origin;
	}

	URI origin() {
		return this.origin;
	}

	Response get(String path, @Nullable String bearerToken) throws IOException {
		HttpRequest.Builder request = request(path).GET();
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		return send(request);
	}

	/**
	 * Call a Connect method of one of ZITADEL's v2 services, such as
	 * {@code /zitadel.user.v2.UserService/ListUsers}, with a JSON body.
	 */
	Response connect(String path, String bearerToken, Map<String, ?> body) throws IOException {
		return send(request(path).header("Authorization", "Bearer " + bearerToken)
			.header("Content-Type", "application/json")
			.header("Connect-Protocol-Version", "1")
			.POST(HttpRequest.BodyPublishers.ofString(JsonWriter.standard().writeToString(body))));
	}

	/**
	 * Request a token at ZITADEL's token endpoint with the client-credentials grant, the
	 * client ID and secret URL-encoded in an HTTP Basic header, as ZITADEL expects them.
	 */
	Response clientCredentialsToken(String clientId, String clientSecret, String scope) throws IOException {
		String credentials = encode(clientId) + ":" + encode(clientSecret);
		String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		return send(request("/oauth/v2/token").header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + encode(scope))));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.origin.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
	}

	private Response send(HttpRequest.Builder request) throws IOException {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while calling ZITADEL", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * An answer of ZITADEL. Its body may hold a secret or a token: it appears in no
	 * message, only the error fields that {@link #error()} picks do.
	 *
	 * @param status the HTTP status
	 * @param body the body
	 */
	record Response(int status, String body) {

		private static final int MAX_TEXT = 300;

		boolean isOk() {
			return this.status == 200;
		}

		/**
		 * Return the body as a JSON object, or an empty map if it is none.
		 */
		Map<String, Object> json() {
			try {
				return JsonParserFactory.getJsonParser().parseMap(this.body);
			}
			catch (IllegalArgumentException ex) {
				return Map.of();
			}
		}

		/**
		 * Describe a failed answer for a message: the status and ZITADEL's error, from an
		 * OAuth2 error ({@code error}, {@code error_description}), a gateway or Connect
		 * error ({@code code}, {@code message}), or a plain-text body (such as "Instance
		 * not found"), shortened; never other fields of a JSON body.
		 */
		String error() {
			StringBuilder error = new StringBuilder("HTTP ").append(this.status);
			Map<String, Object> json = json();
			if (json.isEmpty()) {
				String text = this.body.strip();
				return text.isEmpty() ? error.toString()
						: error.append(' ').append(text, 0, Math.min(text.length(), MAX_TEXT)).toString();
			}
			for (String field : new String[] { "error", "error_description", "code", "message" }) {
				if (json.get(field) != null) {
					error.append(' ').append(field).append('=').append(json.get(field));
				}
			}
			return error.toString();
		}

	}

}
