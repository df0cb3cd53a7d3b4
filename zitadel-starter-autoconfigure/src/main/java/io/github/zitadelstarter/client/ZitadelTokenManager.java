package io.github.zitadelstarter.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.util.Assert;

/**
 * Access tokens of the ZITADEL service user, obtained with the OAuth2 client-credentials
 * grant through Spring Security's authorized-client managers.
 * <p>
 * One token serves the whole application: it belongs to the service user, never to a
 * logged-in end user. The token is cached until a margin before it expires. When it has
 * to be fetched, concurrent callers share a single token request, and callers that find a
 * valid token never wait. Transient token-endpoint failures (no answer, 429, 502, 503,
 * 504) are retried with exponential backoff and jitter, honouring Retry-After, within a
 * budget; a failure is then shared by the callers waiting for it and handed to callers
 * of the next second without a new token request. Each failure is logged once, at warn
 * level, with ZITADEL's error and, when it means the configuration is wrong, what to
 * change (see {@link ZitadelTokenException#getHint()}). Use {@link #getAccessToken()} from
 * blocking code and {@link #accessToken()} from reactive code, for example to call ZITADEL
 * over gRPC or with an HTTP client of your own.
 * <p>
 * The Spring Security managers behind it are deliberately not beans, so that they never
 * replace the application's own OAuth2 client setup; {@link #getAuthorizedClientManager()}
 * and {@link #getReactiveAuthorizedClientManager()} give access to them. Calls made
 * directly on those managers bypass this class's cache, single flight and retries.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelTokenManager {

	/**
	 * Principal name under which the service user's authorized client is stored. It is
	 * fixed so that the token never depends on who is logged in.
	 */
	public static final String PRINCIPAL_NAME = "zitadel-service-user";

	/**
	 * How long a failed token request is handed to new callers before the next attempt,
	 * so that a burst of calls after a failure does not become a burst of token requests.
	 */
	public static final Duration FAILURE_HOLD = Duration.ofSeconds(1);

	/**
	 * Name of the observation made of each token request, and so of its timer. Its
	 * low-cardinality keys are {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR},
	 * {@code SERVER_ERROR}, or {@code UNKNOWN} when ZITADEL did not answer) and
	 * {@code error.code} (the OAuth2 error code, or {@code none}).
	 */
	public static final String TOKEN_REQUEST_OBSERVATION = "zitadel.token.requests";

	private static final Log logger = LogFactory.getLog(ZitadelTokenManager.class);

	private final String registrationId;

	private final Settings settings;

	// Spring Security's managers and the Reactor pipeline of token requests live apart,
	// so that Spring's look at this bean's type at startup does not load them.
	private final TokenRequests tokenRequests;

	private final Clock clock;

	private final AtomicReference<@Nullable OAuth2AccessToken> currentToken = new AtomicReference<>();

	private final AtomicReference<@Nullable CompletableFuture<OAuth2AccessToken>> pendingTokenRequest = new AtomicReference<>();

	private final LongAdder cacheHits = new LongAdder();

	private final LongAdder cacheMisses = new LongAdder();

	private volatile @Nullable FailedTokenRequest lastFailure;

	/**
	 * Create a manager for the given client-credentials registration.
	 * @param registration the service user's client registration
	 * @param tokenResponseClient client for token requests of the blocking manager
	 * @param reactiveTokenResponseClient client for token requests of the reactive manager
	 * @param fetchMode which of the two managers fetches the tokens this class hands out
	 * @param settings when to refresh and how to retry
	 */
	public ZitadelTokenManager(ClientRegistration registration,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient,
			ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> reactiveTokenResponseClient,
			FetchMode fetchMode, Settings settings) {
		this(registration, tokenResponseClient, reactiveTokenResponseClient, fetchMode, settings, Clock.systemUTC());
	}

	ZitadelTokenManager(ClientRegistration registration,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient,
			ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> reactiveTokenResponseClient,
			FetchMode fetchMode, Settings settings, Clock clock) {
		Assert.isTrue(AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registration.getAuthorizationGrantType()),
				"registration must use the client_credentials grant");
		this.registrationId = registration.getRegistrationId();
		this.settings = settings;
		this.clock = clock;
		this.tokenRequests = new TokenRequests(registration, tokenResponseClient, reactiveTokenResponseClient,
				fetchMode, settings, clock);
	}

	/**
	 * Return a valid access token, fetching one if none is cached or the cached one is
	 * about to expire. Blocks while a token is fetched; must not be called on a
	 * non-blocking thread such as a Netty event loop: use {@link #accessToken()} there.
	 * @return the access token
	 * @throws ZitadelTokenException if no token could be obtained
	 */
	public OAuth2AccessToken getAccessToken() {
		OAuth2AccessToken token = this.currentToken.get();
		if (isFresh(token)) {
			this.cacheHits.increment();
			return token;
		}
		this.cacheMisses.increment();
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("getAccessToken() would block the non-blocking thread "
					+ Thread.currentThread().getName() + "; use accessToken() in reactive code");
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

	/**
	 * Return a {@link Mono} of a valid access token that completes at once when a token is
	 * cached and never blocks the subscribing thread. It fails with a
	 * {@link ZitadelTokenException} if no token could be obtained.
	 * @return the access token
	 */
	public Mono<OAuth2AccessToken> accessToken() {
		return Mono.defer(() -> {
			OAuth2AccessToken token = this.currentToken.get();
			if (isFresh(token)) {
				this.cacheHits.increment();
				return Mono.just(token);
			}
			this.cacheMisses.increment();
			return Mono.fromFuture(this::obtainToken, true);
		});
	}

	/**
	 * Return the cached access token if it is still fresh, without ever fetching one;
	 * for example to report health without a token request.
	 * @return the cached token, or {@code null} if none is cached or it is about to expire
	 */
	public @Nullable OAuth2AccessToken getCachedAccessToken() {
		OAuth2AccessToken token = this.currentToken.get();
		return isFresh(token) ? token : null;
	}

	/**
	 * Drop the given token if it is the cached one, for example because ZITADEL answered
	 * 401 to a request that carried it; the next caller fetches a new token. A token that
	 * has already been replaced is left alone, so that many callers reporting the same
	 * rejected token cause one new token request.
	 * @param token the rejected token
	 */
	public void invalidate(OAuth2AccessToken token) {
		this.currentToken.compareAndSet(token, null);
	}

	/**
	 * Forget the cached token, if any, and a failure still handed to new callers (see
	 * {@link #FAILURE_HOLD}), so that the next caller requests a new token; for tests that
	 * need a token request of their own. A token request under way is not cancelled.
	 */
	public void clearCache() {
		this.currentToken.set(null);
		this.lastFailure = null;
	}

	/**
	 * Set the registry of the observation made of each token request, named
	 * {@value #TOKEN_REQUEST_OBSERVATION}. Without one, token requests are not observed.
	 * @param observationRegistry the registry
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		this.tokenRequests.setObservationRegistry(observationRegistry);
	}

	/**
	 * Return how many requests for a token were answered with the cached one.
	 * @return the number of cache hits since this manager was created
	 */
	public long getCacheHitCount() {
		return this.cacheHits.sum();
	}

	/**
	 * Return how many requests for a token found no valid cached one and waited for a
	 * token request, their own or one shared with concurrent callers.
	 * @return the number of cache misses since this manager was created
	 */
	public long getCacheMissCount() {
		return this.cacheMisses.sum();
	}

	/**
	 * Return Spring Security's blocking manager behind this class. It has its own store
	 * of authorized clients, so tokens it hands out are not shared with this class.
	 * @return the blocking authorized-client manager
	 */
	public OAuth2AuthorizedClientManager getAuthorizedClientManager() {
		return this.tokenRequests.authorizedClientManager();
	}

	/**
	 * Return Spring Security's reactive manager behind this class. It has its own store
	 * of authorized clients, so tokens it hands out are not shared with this class.
	 * @return the reactive authorized-client manager
	 */
	public ReactiveOAuth2AuthorizedClientManager getReactiveAuthorizedClientManager() {
		return this.tokenRequests.reactiveAuthorizedClientManager();
	}

	private CompletableFuture<OAuth2AccessToken> obtainToken() {
		while (true) {
			CompletableFuture<OAuth2AccessToken> pending = this.pendingTokenRequest.get();
			if (pending != null) {
				return pending;
			}
			OAuth2AccessToken token = this.currentToken.get();
			if (isFresh(token)) {
				return CompletableFuture.completedFuture(token);
			}
			FailedTokenRequest failure = this.lastFailure;
			if (failure != null && this.clock.instant().isBefore(failure.heldUntil())) {
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
		this.tokenRequests.request().subscribe((token) -> {
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

	/**
	 * A token counts as fresh until the refresh margin before it expires, or until half
	 * its lifetime has passed when that comes later, so that tokens living shorter than
	 * twice the margin are still reused.
	 */
	private boolean isFresh(@Nullable OAuth2AccessToken token) {
		if (token == null) {
			return false;
		}
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt == null) {
			return true;
		}
		Duration margin = this.settings.refreshMargin();
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
		return "ZitadelTokenManager{registrationId='" + this.registrationId + "', tokenCached="
				+ isFresh(this.currentToken.get()) + "}";
	}

	private record FailedTokenRequest(ZitadelTokenException exception, Instant heldUntil) {

	}

	/**
	 * When tokens are refreshed and how failed token requests are retried.
	 *
	 * @param refreshMargin how long before a token expires it is replaced
	 * @param retryBudget how long transient failures are retried before the callers get
	 * the failure
	 * @param initialBackoff delay before the first retry, doubled for each further one
	 * @param maxBackoff longest delay between two retries
	 */
	public record Settings(Duration refreshMargin, Duration retryBudget, Duration initialBackoff,
			Duration maxBackoff) {

	}

	/**
	 * Which Spring Security manager fetches the tokens.
	 */
	public enum FetchMode {

		/**
		 * The blocking manager, run on Reactor's bounded-elastic scheduler; for servlet
		 * and non-web applications.
		 */
		BLOCKING,

		/**
		 * The reactive manager; for reactive applications, so that no thread blocks.
		 */
		REACTIVE

	}

}
