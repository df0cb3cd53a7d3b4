package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The service user's access tokens for credentials that are exchanged for tokens (a
 * client secret or a key): one token for the whole application, cached, and replaced
 * ahead of its expiry.
 * <p>
 * A token is fresh until the refresh margin before it expires, or until half its
 * lifetime has passed when that comes later. A caller that finds a fresh token gets it
 * at once. A caller that finds a valid token past that point also gets it at once, and
 * starts one token request in the background that replaces it; so a refresh never keeps
 * a caller waiting. Only callers that find no valid token wait, and all of them share one
 * token request. A failed background request is logged and tried again by a later call,
 * after {@link #FAILURE_HOLD}; it never fails a call that has a valid token. A failed
 * request that callers waited for is handed to them, and to callers of the next
 * {@link #FAILURE_HOLD}, without a new request.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class RefreshingTokenManager implements ZitadelTokenManager {

	/**
	 * How long a failed token request is handed to new callers before the next attempt,
	 * so that a burst of calls after a failure does not become a burst of token requests.
	 */
	static final Duration FAILURE_HOLD = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(RefreshingTokenManager.class);

	private final Supplier<Mono<OAuth2AccessToken>> tokenRequest;

	private final Duration refreshMargin;

	private final Clock clock;

	private final AtomicReference<@Nullable OAuth2AccessToken> currentToken = new AtomicReference<>();

	private final AtomicReference<@Nullable CompletableFuture<OAuth2AccessToken>> pendingTokenRequest = new AtomicReference<>();

	private final LongAdder cacheHits = new LongAdder();

	private final LongAdder cacheMisses = new LongAdder();

	private volatile @Nullable FailedTokenRequest lastFailure;

	/**
	 * Create a manager.
	 * @param tokenRequest makes one token request, with its retries, per subscription
	 * @param refreshMargin how long before a token expires it is replaced
	 * @param clock the clock that tells when tokens expire
	 */
	RefreshingTokenManager(Supplier<Mono<OAuth2AccessToken>> tokenRequest, Duration refreshMargin, Clock clock) {
		this.tokenRequest = tokenRequest;
		this.refreshMargin = refreshMargin;
		this.clock = clock;
	}

	@Override
	public OAuth2AccessToken getAccessToken() {
		NonBlockingThreads.refuse("getAccessToken()");
		OAuth2AccessToken token = validToken();
		if (token != null) {
			return token;
		}
		try {
			return obtainToken().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public Mono<OAuth2AccessToken> accessToken() {
		return Mono.defer(() -> {
			OAuth2AccessToken token = validToken();
			return (token != null) ? Mono.just(token) : Mono.fromFuture(this::obtainToken, true);
		});
	}

	@Override
	public @Nullable OAuth2AccessToken getCachedAccessToken() {
		OAuth2AccessToken token = this.currentToken.get();
		return isValid(token) ? token : null;
	}

	@Override
	public void invalidate(OAuth2AccessToken token) {
		this.currentToken.compareAndSet(token, null);
	}

	@Override
	public void clearCache() {
		this.currentToken.set(null);
		this.lastFailure = null;
	}

	@Override
	public boolean isRenewable() {
		return true;
	}

	/**
	 * Return how many requests for a token were answered with the cached one.
	 */
	long cacheHits() {
		return this.cacheHits.sum();
	}

	/**
	 * Return how many requests for a token found no valid cached one and waited for a
	 * token request, their own or one shared with concurrent callers.
	 */
	long cacheMisses() {
		return this.cacheMisses.sum();
	}

	/**
	 * Return the cached token if it is valid, counting a hit, and start its replacement
	 * if it is no longer fresh; count a miss and return {@code null} otherwise.
	 */
	private @Nullable OAuth2AccessToken validToken() {
		OAuth2AccessToken token = this.currentToken.get();
		if (!isValid(token)) {
			this.cacheMisses.increment();
			return null;
		}
		this.cacheHits.increment();
		if (!isFresh(token)) {
			refreshInBackground();
		}
		return token;
	}

	private void refreshInBackground() {
		if (this.pendingTokenRequest.get() != null || isHeld(this.lastFailure)) {
			return;
		}
		CompletableFuture<OAuth2AccessToken> request = new CompletableFuture<>();
		if (this.pendingTokenRequest.compareAndSet(null, request)) {
			requestToken(request);
		}
	}

	private CompletableFuture<OAuth2AccessToken> obtainToken() {
		while (true) {
			CompletableFuture<OAuth2AccessToken> pending = this.pendingTokenRequest.get();
			if (pending != null) {
				return pending;
			}
			OAuth2AccessToken token = this.currentToken.get();
			if (isValid(token)) {
				return CompletableFuture.completedFuture(token);
			}
			FailedTokenRequest failure = this.lastFailure;
			if (isHeld(failure)) {
				return CompletableFuture.failedFuture(failure.exception());
			}
			CompletableFuture<OAuth2AccessToken> request = new CompletableFuture<>();
			if (this.pendingTokenRequest.compareAndSet(null, request)) {
				requestToken(request);
				return request;
			}
		}
	}

	private void requestToken(CompletableFuture<OAuth2AccessToken> request) {
		OAuth2AccessToken fetchedMeanwhile = this.currentToken.get();
		if (isFresh(fetchedMeanwhile)) {
			this.pendingTokenRequest.set(null);
			request.complete(fetchedMeanwhile);
			return;
		}
		this.tokenRequest.get().subscribe((token) -> {
			this.currentToken.set(token);
			this.lastFailure = null;
			this.pendingTokenRequest.set(null);
			request.complete(token);
		}, (failure) -> {
			ZitadelTokenException exception = TokenRequests.tokenException(failure);
			logger.warn(exception.getMessage());
			this.lastFailure = new FailedTokenRequest(exception, this.clock.instant().plus(FAILURE_HOLD));
			this.pendingTokenRequest.set(null);
			request.completeExceptionally(exception);
		});
	}

	private boolean isHeld(@Nullable FailedTokenRequest failure) {
		return failure != null && this.clock.instant().isBefore(failure.heldUntil());
	}

	private boolean isValid(@Nullable OAuth2AccessToken token) {
		if (token == null) {
			return false;
		}
		Instant expiresAt = token.getExpiresAt();
		return expiresAt == null || this.clock.instant().isBefore(expiresAt);
	}

	/**
	 * A token is fresh until the refresh margin before it expires, or until half its
	 * lifetime has passed when that comes later, so that tokens living shorter than twice
	 * the margin are not replaced on every call.
	 */
	private boolean isFresh(@Nullable OAuth2AccessToken token) {
		if (!isValid(token)) {
			return false;
		}
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt == null) {
			return true;
		}
		Duration margin = this.refreshMargin;
		Instant issuedAt = token.getIssuedAt();
		if (issuedAt != null) {
			Duration halfLifetime = Duration.between(issuedAt, expiresAt).dividedBy(2);
			if (halfLifetime.compareTo(margin) < 0) {
				margin = halfLifetime;
			}
		}
		return this.clock.instant().isBefore(expiresAt.minus(margin));
	}

	@Override
	public String toString() {
		return "RefreshingTokenManager{tokenCached=" + isValid(this.currentToken.get()) + "}";
	}

	private record FailedTokenRequest(ZitadelTokenException exception, Instant heldUntil) {

	}

}
