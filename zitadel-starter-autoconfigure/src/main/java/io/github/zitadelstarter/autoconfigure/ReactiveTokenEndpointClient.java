package io.github.zitadelstarter.autoconfigure;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Non-blocking client of ZITADEL's token endpoint. Built apart from the application's
 * WebClient.Builder so that no customizer of the application ever sees the client's credentials.
 * The answer is read as bytes, so no codec logs the access token.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ReactiveTokenEndpointClient<T extends AbstractOAuth2AuthorizationGrantRequest>
		implements ReactiveOAuth2AccessTokenResponseClient<T> {

	// Created on the first token request, so that applications that never fetch tokens
	// reactively do not set up a connector at startup.
	private final SingletonSupplier<WebClient> webClient;

	private final TokenEndpointMessages messages;

	ReactiveTokenEndpointClient(ZitadelHttpClients httpClients, TokenEndpointMessages messages) {
		this.webClient = SingletonSupplier
			.of(() -> WebClient.builder().clientConnector(httpClients.ownConnector()).build());
		this.messages = messages;
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> getTokenResponse(T grantRequest) {
		return Mono.defer(() -> this.webClient.obtain()
			.post()
			.uri(grantRequest.getClientRegistration().getProviderDetails().getTokenUri())
			.headers((headers) -> headers.addAll(this.messages.headers(grantRequest)))
			.bodyValue(this.messages.body(grantRequest))
			.exchangeToMono((response) -> DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()))
				.map(ReactiveTokenEndpointClient::bytesOf)
				.defaultIfEmpty(new byte[0])
				.map((body) -> this.messages.response(response.statusCode(), response.headers().asHttpHeaders(),
						body))));
	}

	private static byte[] bytesOf(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

}
