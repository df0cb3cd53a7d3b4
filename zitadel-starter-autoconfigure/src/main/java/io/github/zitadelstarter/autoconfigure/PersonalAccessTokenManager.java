package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The personal access token credential: the token itself is the access token, sent with
 * every call, with no token request and nothing to refresh. ZITADEL does not say when it
 * expires, so it has no expiry here.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class PersonalAccessTokenManager implements ZitadelTokenManager {

	private final OAuth2AccessToken token;

	PersonalAccessTokenManager(ZitadelCredential.PersonalAccessToken credential) {
		this.token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, credential.token(), null, null);
	}

	@Override
	public OAuth2AccessToken getAccessToken() {
		NonBlockingThreads.refuse("getAccessToken()");
		return this.token;
	}

	@Override
	public Mono<OAuth2AccessToken> accessToken() {
		return Mono.just(this.token);
	}

	@Override
	public OAuth2AccessToken getCachedAccessToken() {
		return this.token;
	}

	@Override
	public void invalidate(OAuth2AccessToken token) {
		// Nothing to drop: the next call could only send the same token again.
	}

	@Override
	public void clearCache() {
		// Nothing is cached: the token is the credential itself.
	}

	@Override
	public boolean isRenewable() {
		return false;
	}

	@Override
	public String toString() {
		return "PersonalAccessTokenManager{}";
	}

}
