package io.github.zitadelstarter.autoconfigure;

import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;

/**
 * Clients of ZITADEL's token endpoint for the providers of a {@link TokenGrant}: each
 * writes the grant's requests and reads ZITADEL's answers with the same messages, over
 * the starter's own HTTP clients.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class TokenEndpointClients {

	private final ZitadelHttpClients httpClients;

	private final TokenEndpointMessages messages;

	TokenEndpointClients(ZitadelHttpClients httpClients, TokenEndpointMessages messages) {
		this.httpClients = httpClients;
		this.messages = messages;
	}

	<T extends AbstractOAuth2AuthorizationGrantRequest> OAuth2AccessTokenResponseClient<T> blocking() {
		return new BlockingTokenEndpointClient<>(this.httpClients, this.messages);
	}

	<T extends AbstractOAuth2AuthorizationGrantRequest> ReactiveOAuth2AccessTokenResponseClient<T> reactive() {
		return new ReactiveTokenEndpointClient<>(this.httpClients, this.messages);
	}

}
