package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.jwt.JwtEncodingException;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.util.Assert;

/**
 * One introspection of a token at {origin}/oauth/v2/introspect, shared by the servlet
 * and the reactive introspector: the request, authenticated as the API application by
 * HTTP Basic or private_key_jwt, and the principal made from the answer, with ZITADEL's
 * roles as its authorities.
 * <p>
 * Requests go through the JDK's HTTP client, which logs neither the form (with the token)
 * nor the answer, and follows no redirect. Exception messages name the status, never the
 * token or the answer.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelTokenIntrospection {

	private static final String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private final ZitadelResourceServerSettings settings;

	private final URI endpoint;

	private final @Nullable String basicAuthorization;

	private final @Nullable ZitadelAssertionSigner clientAssertions;

	private final ZitadelIntrospectionCache cache;

	private final HttpClient httpClient;

	ZitadelTokenIntrospection(ZitadelResourceServerSettings settings, Clock clock) {
		this.settings = settings;
		this.endpoint = URI.create(settings.issuer() + "/oauth/v2/introspect");
		ZitadelApplicationCredential credential = settings.introspectionCredential();
		Assert.state(credential != null, "Introspection needs the API application's credential");
		this.basicAuthorization = (credential instanceof ZitadelApplicationCredential.ClientSecret secret)
				? basic(secret) : null;
		this.clientAssertions = (credential instanceof ZitadelApplicationKey key) ? new ZitadelAssertionSigner(
				key.keyId(), key.clientId(), key.publicKey(), key.privateKey(), settings.issuer(), clock) : null;
		this.cache = new ZitadelIntrospectionCache(settings.cacheTimeToLive(), clock);
		this.httpClient = HttpClient.newBuilder()
			.connectTimeout(ZitadelHttpClients.Defaults.CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	HttpClient httpClient() {
		return this.httpClient;
	}

	ZitadelIntrospectionCache cache() {
		return this.cache;
	}

	/**
	 * Return whether each request carries a newly signed private_key_jwt assertion.
	 */
	boolean signsClientAssertions() {
		return this.clientAssertions != null;
	}

	HttpRequest request(String token) {
		String form = "token=" + encode(token);
		if (this.clientAssertions != null) {
			form += "&client_assertion_type=" + encode(CLIENT_ASSERTION_TYPE) + "&client_assertion="
					+ encode(clientAssertion(this.clientAssertions));
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(ZitadelHttpClients.Defaults.READ_TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (this.basicAuthorization != null) {
			request.header("Authorization", this.basicAuthorization);
		}
		return request.build();
	}

	/**
	 * Return the failure of a request that ZITADEL did not answer. The message names the
	 * cause (a refused connection, a timeout), never the token.
	 */
	static OAuth2IntrospectionException unanswered(Throwable cause) {
		return new OAuth2IntrospectionException("ZITADEL's introspection endpoint did not answer: " + cause, cause);
	}

	/**
	 * Make the principal of an active token from ZITADEL's answer.
	 * @throws BadOpaqueTokenException if the token is not active
	 * @throws OAuth2IntrospectionException if ZITADEL did not answer 200 with JSON
	 */
	OAuth2AuthenticatedPrincipal principal(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new OAuth2IntrospectionException("ZITADEL answered the introspection request with status "
					+ response.statusCode() + hint(response.statusCode()));
		}
		Map<String, Object> answer;
		try {
			answer = JSONObjectUtils.parse(response.body());
		}
		catch (ParseException ex) {
			throw new OAuth2IntrospectionException("ZITADEL's introspection answer is not a JSON object");
		}
		Object active = answer.get(OAuth2TokenIntrospectionClaimNames.ACTIVE);
		if (!Boolean.TRUE.equals(active) && !"true".equals(active)) {
			throw new BadOpaqueTokenException("Provided token isn't active");
		}
		Map<String, Object> claims = claims(answer);
		return new OAuth2IntrospectionAuthenticatedPrincipal(claims, this.settings.roleAuthorities().fromClaims(claims));
	}

	/**
	 * Convert the standard claims as Spring Security's own introspectors do: times to
	 * Instants, aud and scope to lists.
	 */
	private static Map<String, Object> claims(Map<String, Object> answer) {
		Map<String, Object> claims = new LinkedHashMap<>(answer);
		for (String time : List.of(OAuth2TokenIntrospectionClaimNames.EXP, OAuth2TokenIntrospectionClaimNames.IAT,
				OAuth2TokenIntrospectionClaimNames.NBF)) {
			claims.computeIfPresent(time,
					(name, value) -> (value instanceof Number seconds) ? Instant.ofEpochSecond(seconds.longValue())
							: value);
		}
		claims.computeIfPresent(OAuth2TokenIntrospectionClaimNames.AUD,
				(name, value) -> (value instanceof String audience) ? List.of(audience) : value);
		claims.computeIfPresent(OAuth2TokenIntrospectionClaimNames.SCOPE,
				(name, value) -> (value instanceof String scope) ? List.of(scope.split(" ")) : value);
		return claims;
	}

	private static String hint(int status) {
		return (status == 400 || status == 401)
				? ": check the API application's credentials (zitadel.resource-server.client-id and client-secret, or key)"
				: "";
	}

	private static String clientAssertion(ZitadelAssertionSigner signer) {
		try {
			return signer.sign().getTokenValue();
		}
		catch (JwtEncodingException ex) {
			throw new OAuth2IntrospectionException("Could not sign the client assertion with the API application's key");
		}
	}

	private static String basic(ZitadelApplicationCredential.ClientSecret secret) {
		// ZITADEL URL-decodes both parts of the Basic credentials.
		String credentials = encode(secret.clientId()) + ":" + encode(secret.clientSecret());
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
