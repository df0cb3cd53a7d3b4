package io.github.zitadelstarter.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import io.github.zitadelstarter.client.ZitadelHeaders;
import io.github.zitadelstarter.client.ZitadelTokenException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.DefaultOAuth2TokenRequestHeadersConverter;
import org.springframework.security.oauth2.client.endpoint.DefaultOAuth2TokenRequestParametersConverter;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

/**
 * Writes token requests of any grant and reads ZITADEL's answers, for the blocking and
 * the reactive token endpoint clients alike.
 * <p>
 * The form body is handed to the HTTP clients as bytes: Spring's clients log a request
 * body's {@code toString()} at debug level, and for a byte array that shows no secret.
 * Without client authentication (ZITADEL's JWT profile grant, where the assertion names
 * the user), the form carries no client_id: exactly grant_type, scope and assertion.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class TokenEndpointMessages {

	private static final MediaType FORM = new MediaType(MediaType.APPLICATION_FORM_URLENCODED,
			StandardCharsets.UTF_8);

	private final DefaultOAuth2TokenRequestHeadersConverter<AbstractOAuth2AuthorizationGrantRequest> headersConverter = new DefaultOAuth2TokenRequestHeadersConverter<>();

	private final DefaultOAuth2TokenRequestParametersConverter<AbstractOAuth2AuthorizationGrantRequest> parametersConverter = new DefaultOAuth2TokenRequestParametersConverter<>();

	private final TokenGrant grant;

	private final OAuth2AccessTokenResponseHttpMessageConverter responseConverter = new OAuth2AccessTokenResponseHttpMessageConverter();

	private final OAuth2ErrorHttpMessageConverter errorConverter = new OAuth2ErrorHttpMessageConverter();

	private final @Nullable String instanceHost;

	private final Clock clock;

	TokenEndpointMessages(TokenGrant grant, Duration defaultLifetime, @Nullable String instanceHost, Clock clock) {
		this.grant = grant;
		this.instanceHost = StringUtils.hasText(instanceHost) ? instanceHost.trim() : null;
		this.clock = clock;
		DefaultMapOAuth2AccessTokenResponseConverter mapConverter = new DefaultMapOAuth2AccessTokenResponseConverter();
		String defaultExpiresIn = String.valueOf(defaultLifetime.toSeconds());
		this.responseConverter.setAccessTokenResponseConverter((parameters) -> {
			if (parameters.containsKey(OAuth2ParameterNames.EXPIRES_IN)) {
				return mapConverter.convert(parameters);
			}
			Map<String, Object> withLifetime = new HashMap<>(parameters);
			withLifetime.put(OAuth2ParameterNames.EXPIRES_IN, defaultExpiresIn);
			return mapConverter.convert(withLifetime);
		});
	}

	HttpHeaders headers(AbstractOAuth2AuthorizationGrantRequest grantRequest) {
		HttpHeaders headers = this.headersConverter.convert(grantRequest);
		headers.setContentType(FORM);
		if (this.instanceHost != null) {
			headers.set(ZitadelHeaders.INSTANCE_HOST, this.instanceHost);
		}
		return headers;
	}

	byte[] body(AbstractOAuth2AuthorizationGrantRequest grantRequest) {
		MultiValueMap<String, String> parameters = this.parametersConverter.convert(grantRequest);
		if (ClientAuthenticationMethod.NONE
			.equals(grantRequest.getClientRegistration().getClientAuthenticationMethod())) {
			parameters.remove(OAuth2ParameterNames.CLIENT_ID);
		}
		StringBuilder form = new StringBuilder();
		parameters.forEach((name, values) -> {
			for (String value : values) {
				if (!form.isEmpty()) {
					form.append('&');
				}
				form.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return form.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Read a token endpoint answer.
	 * @throws ZitadelTokenException for an error status or an unreadable success
	 */
	OAuth2AccessTokenResponse response(HttpStatusCode status, HttpHeaders headers, byte[] body) {
		if (status.isError()) {
			OAuth2Error error = error(status, headers, body);
			ZitadelErrorHint hint = this.grant.hint(error);
			if (hint == null && ZitadelErrorHint.isInstanceNotFound(new String(body, StandardCharsets.UTF_8))) {
				hint = ZitadelErrorHint.INSTANCE_NOT_FOUND;
			}
			throw new ZitadelTokenException(status, error, retryAfter(headers), (hint != null) ? hint.action() : null,
					null);
		}
		try {
			return this.responseConverter.read(OAuth2AccessTokenResponse.class, message(headers, body));
		}
		catch (IOException | RuntimeException ex) {
			throw new ZitadelTokenException(status, new OAuth2Error("invalid_token_response",
					"ZITADEL's token endpoint answered with a body that is not a token response", null), null, ex);
		}
	}

	private OAuth2Error error(HttpStatusCode status, HttpHeaders headers, byte[] body) {
		try {
			return this.errorConverter.read(OAuth2Error.class, message(headers, body));
		}
		catch (IOException | RuntimeException ex) {
			String code = (status.value() == 429 || status.value() == 503) ? "temporarily_unavailable"
					: "server_error";
			return new OAuth2Error(code, "HTTP " + status.value() + " without an OAuth2 error body", null);
		}
	}

	private @Nullable Duration retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime date = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration delay = Duration.between(this.clock.instant(), date.toInstant());
				return delay.isNegative() ? Duration.ZERO : delay;
			}
			catch (DateTimeParseException unparsable) {
				return null;
			}
		}
	}

	private static HttpInputMessage message(HttpHeaders headers, byte[] body) {
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

}
