package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.time.Clock;

import io.github.zitadelstarter.client.ZitadelCredential;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.client.JwtBearerOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.JwtBearerReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The key credential: ZITADEL's JWT profile grant (RFC 7523's JWT bearer grant). Each token
 * request carries a new assertion that the {@link ZitadelAssertionSigner} signs with the
 * service user's key: kid = the key's ID, iss = sub = the user's ID, aud = ZITADEL's issuer.
 * The request has no client authentication: the assertion identifies the user.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class JwtProfileGrant implements TokenGrant {

	private final ZitadelCredential.ServiceUserKey key;

	private final ZitadelAssertionSigner signer;

	JwtProfileGrant(ZitadelCredential.ServiceUserKey key, URI origin, Clock clock) {
		this.key = key;
		this.signer = new ZitadelAssertionSigner(key.keyId(), key.userId(), key.publicKey(), key.privateKey(),
				origin.toString(), clock);
	}

	@Override
	public String name() {
		return "jwt_profile";
	}

	@Override
	public ClientRegistration.Builder registration(ClientRegistration.Builder registration) {
		// Without an explicit method, Spring Security would send a Basic header with an
		// empty secret.
		return registration.authorizationGrantType(AuthorizationGrantType.JWT_BEARER)
			.clientId(this.key.userId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
	}

	@Override
	public OAuth2AuthorizedClientProvider provider(TokenEndpointClients endpoint) {
		JwtBearerOAuth2AuthorizedClientProvider provider = new JwtBearerOAuth2AuthorizedClientProvider();
		provider.setJwtAssertionResolver((context) -> this.signer.sign());
		provider.setAccessTokenResponseClient(endpoint.blocking());
		return provider;
	}

	@Override
	public ReactiveOAuth2AuthorizedClientProvider reactiveProvider(TokenEndpointClients endpoint) {
		JwtBearerReactiveOAuth2AuthorizedClientProvider provider = new JwtBearerReactiveOAuth2AuthorizedClientProvider();
		// Signing draws on the JDK's SecureRandom, which may read /dev/urandom: never on an
		// event loop.
		provider.setJwtAssertionResolver(
				(context) -> Mono.fromCallable(this.signer::sign).subscribeOn(Schedulers.boundedElastic()));
		provider.setAccessTokenResponseClient(endpoint.reactive());
		return provider;
	}

	/**
	 * ZITADEL answers an assertion it cannot verify with 500 server_error
	 * "Errors.Internal", whatever the reason.
	 */
	@Override
	public @Nullable ZitadelErrorHint hint(OAuth2Error error) {
		return ("server_error".equals(error.getErrorCode())
				&& String.valueOf(error.getDescription()).contains("Errors.Internal"))
						? ZitadelErrorHint.ASSERTION_REJECTED : null;
	}

}
