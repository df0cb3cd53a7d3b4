package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Adds the service user's access token to WebClient requests for the ZITADEL origin, and
 * to no other request.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class BearerTokenExchangeFilterFunction implements ExchangeFilterFunction {

	private final ZitadelTokenManager tokenManager;

	private final ZitadelOrigin origin;

	BearerTokenExchangeFilterFunction(ZitadelTokenManager tokenManager, ZitadelOrigin origin) {
		this.tokenManager = tokenManager;
		this.origin = origin;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!this.origin.isOriginOf(request.url())) {
			return next.exchange(request);
		}
		return this.tokenManager.accessToken()
			.map((token) -> ClientRequest.from(request)
				.headers((headers) -> headers.setBearerAuth(token.getTokenValue()))
				.build())
			.flatMap(next::exchange);
	}

}
