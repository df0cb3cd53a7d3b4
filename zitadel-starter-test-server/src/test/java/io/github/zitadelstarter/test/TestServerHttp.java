package io.github.zitadelstarter.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Requests to a test server, as a client of ZITADEL sends them.
 */
final class TestServerHttp {

	private static final String FORM = "application/x-www-form-urlencoded";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI origin;

	TestServerHttp(URI origin) {
		this.origin = origin;
	}

	/**
	 * Start a request to a path of the server, for headers that the other methods do not
	 * set; {@link #send} sends it.
	 */
	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.origin.resolve(path)).timeout(Duration.ofSeconds(10));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		return postForm(path, form, null);
	}

	HttpResponse<String> postForm(String path, String form, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Content-Type", FORM)
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	HttpResponse<String> postJson(String path, String json, String authorization)
			throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.header("Connect-Protocol-Version", "1")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Request a token with the client-credentials grant and the client secret in the body.
	 */
	HttpResponse<String> tokenRequest(String clientId, String clientSecret) throws IOException, InterruptedException {
		return postForm(TokenEndpoint.PATH, "grant_type=client_credentials&scope=openid&client_id=" + encode(clientId)
				+ "&client_secret=" + encode(clientSecret));
	}

	/**
	 * Return an access token of the client-credentials grant for a service user.
	 */
	String accessToken(ServiceUser user, String scope) throws IOException, InterruptedException {
		HttpResponse<String> response = postForm(TokenEndpoint.PATH,
				"grant_type=client_credentials&scope=" + encode(scope), basic(user.clientId(), user.clientSecret()));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Token request failed: " + response.body());
		}
		return (String) Json.parseObject(response.body()).get("access_token");
	}

	/**
	 * Return the HTTP Basic Authorization value as ZITADEL expects it: both parts
	 * URL-encoded before Base64.
	 */
	static String basic(String clientId, String clientSecret) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
