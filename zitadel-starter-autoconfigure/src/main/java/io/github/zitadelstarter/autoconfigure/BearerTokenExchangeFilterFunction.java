package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Adds the service user's access token to WebClient requests for the ZITADEL origin, and
 * to no other request. When ZITADEL answers 401 and the token can be replaced, the token
 * is dropped and the request is sent once more with a new token if it has no body or a
 * body that can be written again ({@link ReplayableRequestBodies} marks those of HTTP
 * interface calls); another request with a body cannot be replayed, so its 401 becomes an
 * exception that says so.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class BearerTokenExchangeFilterFunction implements ExchangeFilterFunction {

	private final ZitadelTokenManager tokenManager;

	private final ZitadelOrigin origin;

	private final ZitadelApiErrorHints errorHints;

	BearerTokenExchangeFilterFunction(ZitadelTokenManager tokenManager, ZitadelOrigin origin,
			ZitadelApiErrorHints errorHints) {
		this.tokenManager = tokenManager;
		this.origin = origin;
		this.errorHints = errorHints;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!this.origin.isOriginOf(request.url())) {
			return next.exchange(request);
		}
		return this.tokenManager.accessToken()
			.flatMap((token) -> next.exchange(withToken(request, token))
				.flatMap((response) -> retryIfUnauthorized(request, next, token, response)));
	}

	private Mono<ClientResponse> retryIfUnauthorized(ClientRequest request, ExchangeFunction next,
			OAuth2AccessToken rejectedToken, ClientResponse response) {
		if (response.statusCode().value() != HttpStatus.UNAUTHORIZED.value() || !this.tokenManager.isRenewable()) {
			return Mono.just(response);
		}
		this.tokenManager.invalidate(rejectedToken);
		if (request.body() != BodyInserters.empty() && !ReplayableRequestBodies.isReplayable(request)) {
			return response.createException().flatMap((ex) -> Mono.error(this.errorHints.withHint(notReplayed(ex))));
		}
		return response.releaseBody()
			.then(this.tokenManager.accessToken())
			.flatMap((token) -> next.exchange(withToken(request, token)));
	}

	private static ClientRequest withToken(ClientRequest request, OAuth2AccessToken token) {
		return ClientRequest.from(request).headers((headers) -> headers.setBearerAuth(token.getTokenValue())).build();
	}

	private static WebClientResponseException notReplayed(WebClientResponseException ex) {
		return new WebClientResponseException(ex.getMessage()
				+ "; the rejected access token was dropped, but the request was not sent again with a new one"
				+ " because its body cannot be replayed", ex.getStatusCode(), ex.getStatusText(), ex.getHeaders(),
				ex.getResponseBodyAsByteArray(), null, ex.getRequest());
	}

}
