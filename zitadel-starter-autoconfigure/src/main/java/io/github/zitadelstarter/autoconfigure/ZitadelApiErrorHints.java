package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Adds what to do to the exceptions that {@code retrieve()} raises for ZITADEL's answers
 * that mean the application is misconfigured: 401 "invalid audience" (or any 401 to a
 * personal access token), 403 "No matching permissions found" and 404 "Instance not
 * found". ZITADEL's status and body stay in the
 * exception; the first hint of each kind is also logged at warn level, later ones at
 * debug level. Status handlers of the application's own take precedence.
 * <p>
 * A RestClient exception keeps its type, such as {@code HttpClientErrorException.Forbidden};
 * a WebClient exception with a hint is a plain {@link WebClientResponseException}, since
 * only that type can carry a message of its own.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelApiErrorHints {

	private static final Log logger = LogFactory.getLog(ZitadelApiErrorHints.class);

	private final Set<ZitadelErrorHint> loggedHints = ConcurrentHashMap.newKeySet();

	private final DefaultResponseErrorHandler restClientErrorHandler = new HintingResponseErrorHandler();

	private final boolean personalAccessToken;

	/**
	 * Create the hints for the clients of a service user.
	 * @param personalAccessToken whether the service user's credential is a personal
	 * access token, whose 401 answers mean something else than an access token's
	 */
	ZitadelApiErrorHints(boolean personalAccessToken) {
		this.personalAccessToken = personalAccessToken;
	}

	void applyTo(WebClient.Builder builder) {
		builder.defaultStatusHandler(ZitadelApiErrorHints::mayHaveHint, this::webClientException);
	}

	void applyTo(RestClient.Builder builder) {
		builder.defaultStatusHandler(ZitadelApiErrorHints::mayHaveHint, (request,
				response) -> this.restClientErrorHandler.handleError(request.getURI(), request.getMethod(), response));
	}

	private static boolean mayHaveHint(HttpStatusCode status) {
		int value = status.value();
		return value == 401 || value == 403 || value == 404;
	}

	private Mono<WebClientResponseException> webClientException(ClientResponse response) {
		return response.createException().map(this::withHint);
	}

	/**
	 * Return the given exception, or an equal one whose message ends with what to do if
	 * ZITADEL's answer is a known misconfiguration.
	 */
	WebClientResponseException withHint(WebClientResponseException ex) {
		ZitadelErrorHint hint = hint(ex.getStatusCode(), ex.getResponseBodyAsString());
		if (hint == null) {
			return ex;
		}
		return new WebClientResponseException(ex.getMessage() + ". " + hint.action(), ex.getStatusCode(),
				ex.getStatusText(), ex.getHeaders(), ex.getResponseBodyAsByteArray(), null, ex.getRequest());
	}

	/**
	 * Return the hint for an error answer, logging it as described above.
	 */
	@Nullable ZitadelErrorHint hint(HttpStatusCode status, String body) {
		ZitadelErrorHint hint = ZitadelErrorHint.forApiError(status, body, this.personalAccessToken);
		if (hint != null) {
			String message = "ZITADEL answered HTTP " + status.value() + ". " + hint.action();
			if (this.loggedHints.add(hint)) {
				logger.warn(message);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug(message);
			}
		}
		return hint;
	}

	private final class HintingResponseErrorHandler extends DefaultResponseErrorHandler {

		@Override
		protected void handleError(ClientHttpResponse response, HttpStatusCode statusCode, @Nullable URI url,
				@Nullable HttpMethod method) throws IOException {
			try {
				super.handleError(response, statusCode, url, method);
			}
			catch (HttpClientErrorException ex) {
				ZitadelErrorHint hint = hint(statusCode, ex.getResponseBodyAsString());
				if (hint == null) {
					throw ex;
				}
				throw HttpClientErrorException.create(ex.getMessage() + ". " + hint.action(), statusCode,
						ex.getStatusText(), ex.getResponseHeaders(), ex.getResponseBodyAsByteArray(),
						getCharset(response));
			}
		}

	}

}
