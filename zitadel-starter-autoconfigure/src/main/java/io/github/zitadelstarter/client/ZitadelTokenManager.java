package io.github.zitadelstarter.client;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The service user's access token, for {@code zitadelWebClient}, {@code zitadelRestClient}
 * and any other client of ZITADEL's APIs, such as gRPC.
 * <p>
 * The starter's implementation serves one token for the whole application, whichever
 * credential the service user has: with a client secret or a key, it requests tokens
 * from ZITADEL, caches them, replaces them in the background before they expire, and
 * lets concurrent callers share one token request; a personal access token is handed out
 * as it is. Define a bean of this type to supply tokens another way.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public interface ZitadelTokenManager {

	/**
	 * Return a valid access token, waiting for a token request if no valid token is
	 * cached. Refuses to run on a non-blocking thread, such as a Netty event loop, on
	 * every call and not only when it would wait: use {@link #accessToken()} there.
	 * @return the access token
	 * @throws ZitadelTokenException if no token could be obtained
	 * @throws IllegalStateException if called on a non-blocking thread
	 */
	OAuth2AccessToken getAccessToken();

	/**
	 * Return a {@link Mono} of a valid access token, which completes at once when a valid
	 * token is cached and never blocks the subscribing thread. It fails with a
	 * {@link ZitadelTokenException} if no token could be obtained.
	 * @return the access token
	 */
	Mono<OAuth2AccessToken> accessToken();

	/**
	 * Return the cached access token if it is still valid, without ever requesting one;
	 * for example to report health without a token request.
	 * @return the cached token, or {@code null} if none is cached or it has expired
	 */
	@Nullable OAuth2AccessToken getCachedAccessToken();

	/**
	 * Drop the given token if it is the cached one, for example because ZITADEL answered
	 * 401 to a request that carried it; the next caller waits for a new token. A token
	 * that has already been replaced is left alone, so that many callers reporting the
	 * same rejected token cause one token request.
	 * @param token the rejected token
	 */
	void invalidate(OAuth2AccessToken token);

	/**
	 * Forget the cached token, if any, and a failed token request still handed to new
	 * callers, so that the next caller requests a new token; for tests that need a token
	 * request of their own. A token request under way is not cancelled.
	 */
	void clearCache();

	/**
	 * Return whether a token that ZITADEL rejected can be replaced by another, so that a
	 * request answered with 401 is worth sending again. False for a personal access
	 * token, which stays the same.
	 * @return whether rejected tokens are replaced
	 */
	boolean isRenewable();

}
