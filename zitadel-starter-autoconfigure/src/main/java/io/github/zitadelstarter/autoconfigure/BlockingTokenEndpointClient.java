package io.github.zitadelstarter.autoconfigure;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.client.RestClient;

/**
 * Blocking client of ZITADEL's token endpoint, on the JDK's HTTP client. Built apart from
 * the application's RestClient.Builder so that no customizer of the application (a
 * request logger, say) ever sees the client secret.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class BlockingTokenEndpointClient implements OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> {

	private final RestClient restClient;

	private final TokenEndpointMessages messages;

	BlockingTokenEndpointClient(HttpClientSettings httpSettings, TokenEndpointMessages messages) {
		this.restClient = RestClient.builder()
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(httpSettings))
			.build();
		this.messages = messages;
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(OAuth2ClientCredentialsGrantRequest grantRequest) {
		return this.restClient.post()
			.uri(grantRequest.getClientRegistration().getProviderDetails().getTokenUri())
			.headers((headers) -> headers.addAll(this.messages.headers(grantRequest)))
			.body(this.messages.body(grantRequest))
			.exchange((request, response) -> this.messages.response(response.getStatusCode(), response.getHeaders(),
					response.getBody().readAllBytes()));
	}

}
