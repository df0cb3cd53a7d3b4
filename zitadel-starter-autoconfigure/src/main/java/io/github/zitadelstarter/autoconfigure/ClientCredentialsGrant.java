package io.github.zitadelstarter.autoconfigure;

import java.util.Locale;

import io.github.zitadelstarter.client.ZitadelCredential;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The client secret credential: the OAuth2 client-credentials grant, with the service
 * user's username as client ID and its secret sent by HTTP Basic or in the form body.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ClientCredentialsGrant implements TokenGrant {

	private final ZitadelCredential.ClientSecret credential;

	private final ClientAuthenticationMethod authenticationMethod;

	ClientCredentialsGrant(ZitadelCredential.ClientSecret credential,
			ZitadelProperties.ClientAuthenticationMethod authenticationMethod) {
		this.credential = credential;
		this.authenticationMethod = switch (authenticationMethod) {
			case CLIENT_SECRET_BASIC -> ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
			case CLIENT_SECRET_POST -> ClientAuthenticationMethod.CLIENT_SECRET_POST;
		};
	}

	@Override
	public String name() {
		return "client_secret";
	}

	@Override
	public ClientRegistration.Builder registration(ClientRegistration.Builder registration) {
		return registration.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientId(this.credential.clientId())
			.clientSecret(this.credential.clientSecret())
			.clientAuthenticationMethod(this.authenticationMethod);
	}

	@Override
	public OAuth2AuthorizedClientProvider provider(TokenEndpointClients endpoint) {
		ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(endpoint.blocking());
		return provider;
	}

	@Override
	public ReactiveOAuth2AuthorizedClientProvider reactiveProvider(TokenEndpointClients endpoint) {
		ClientCredentialsReactiveOAuth2AuthorizedClientProvider provider = new ClientCredentialsReactiveOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(endpoint.reactive());
		return provider;
	}

	@Override
	public @Nullable ZitadelErrorHint hint(OAuth2Error error) {
		String description = String.valueOf(error.getDescription());
		if ("invalid_client".equals(error.getErrorCode())
				&& description.toLowerCase(Locale.ROOT).contains("client not found")) {
			return ZitadelErrorHint.CLIENT_NOT_FOUND;
		}
		if (description.contains("Errors.User.Machine.Secret.Invalid")) {
			return ZitadelErrorHint.SECRET_INVALID;
		}
		if (description.contains("Errors.User.Machine.Secret.NotExisting")) {
			return ZitadelErrorHint.SECRET_NOT_EXISTING;
		}
		return null;
	}

}
