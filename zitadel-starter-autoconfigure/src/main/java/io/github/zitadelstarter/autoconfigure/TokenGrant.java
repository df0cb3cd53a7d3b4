package io.github.zitadelstarter.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A credential that the service user exchanges for access tokens at ZITADEL's token
 * endpoint: one implementation per grant, each giving Spring Security the registration
 * and the authorized-client provider of its grant. Everything else about token requests
 * (the token endpoint's messages, retries, caching) is the same for every grant.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
interface TokenGrant {

	/**
	 * Return the grant's name for metrics and logs, such as client_secret.
	 */
	String name();

	/**
	 * Complete the service user's registration, which already has its ID, token URI and
	 * scopes: grant type, client ID, client authentication.
	 */
	ClientRegistration.Builder registration(ClientRegistration.Builder registration);

	/**
	 * Return the blocking provider of this grant, sending token requests through the
	 * given endpoint.
	 */
	OAuth2AuthorizedClientProvider provider(TokenEndpointClients endpoint);

	/**
	 * Return the reactive provider of this grant, sending token requests through the
	 * given endpoint.
	 */
	ReactiveOAuth2AuthorizedClientProvider reactiveProvider(TokenEndpointClients endpoint);

	/**
	 * Return what ZITADEL's error means for this credential, if it says the credential is
	 * wrong.
	 */
	@Nullable ZitadelErrorHint hint(OAuth2Error error);

}
