package io.github.zitadelstarter.autoconfigure;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Blocking client of ZITADEL's token endpoint, on the JDK's HTTP client. Built apart from
 * the application's RestClient.Builder so that no customizer of the application (a
 * request logger, say) ever sees the client's credentials.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class BlockingTokenEndpointClient<T extends AbstractOAuth2AuthorizationGrantRequest>
		implements OAuth2AccessTokenResponseClient<T> {

	// Created on the first token request: the JDK's HTTP client is costly to set up, and
	// many applications never use this blocking path or use it only after startup.
	private final SingletonSupplier<RestClient> restClient;

	private final TokenEndpointMessages messages;

	BlockingTokenEndpointClient(ZitadelHttpClients httpClients, TokenEndpointMessages messages) {
		this.restClient = SingletonSupplier
			.of(() -> RestClient.builder().requestFactory(httpClients.ownRequestFactory()).build());
		this.messages = messages;
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(T grantRequest) {
		return this.restClient.obtain()
			.post()
			.uri(grantRequest.getClientRegistration().getProviderDetails().getTokenUri())
			.headers((headers) -> headers.addAll(this.messages.headers(grantRequest)))
			.body(this.messages.body(grantRequest))
			.exchange((request, response) -> this.messages.response(response.getStatusCode(), response.getHeaders(),
					response.getBody().readAllBytes()));
	}

}
