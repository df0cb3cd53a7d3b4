package io.github.zitadelstarter.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Access tokens of the ZITADEL service user, obtained with the OAuth2 client-credentials
 * grant through Spring Security's authorized-client managers.
 * <p>
 * One token serves the whole application: it belongs to the service user, never to a
 * logged-in end user. The token is cached until shortly before it expires; when it has to
 * be fetched, concurrent callers share a single token request. Use
 * {@link #getAccessToken()} from blocking code and {@link #accessToken()} from reactive
 * code, for example to call ZITADEL over gRPC or with an HTTP client of your own.
 * <p>
 * The Spring Security managers behind it are deliberately not beans, so that they never
 * replace the application's own OAuth2 client setup; {@link #getAuthorizedClientManager()}
 * and {@link #getReactiveAuthorizedClientManager()} give access to them. Calls made
 * directly on those managers bypass this class's cache.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelTokenManager {

	/**
	 * Principal name under which the service user's authorized client is stored. It is
	 * fixed so that the token never depends on who is logged in.
	 */
	public static final String PRINCIPAL_NAME = "zitadel-service-user";

	private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

	private final String registrationId;

	private final OAuth2AuthorizedClientService authorizedClientService;

	private final OAuth2AuthorizedClientManager authorizedClientManager;

	private final ReactiveOAuth2AuthorizedClientService reactiveAuthorizedClientService;

	private final ReactiveOAuth2AuthorizedClientManager reactiveAuthorizedClientManager;

	private final Mono<OAuth2AccessToken> tokenRequest;

	private final Clock clock;

	private volatile @Nullable OAuth2AccessToken currentToken;

	private final AtomicReference<@Nullable CompletableFuture<OAuth2AccessToken>> pendingTokenRequest = new AtomicReference<>();

	/**
	 * Create a manager for the given client-credentials registration.
	 * @param registration the service user's client registration
	 * @param tokenEndpointRestClient client for token requests made by the blocking
	 * manager; it needs the message converters and error handler that Spring Security's
	 * RestClientClientCredentialsTokenResponseClient documents
	 * @param tokenEndpointWebClient client for token requests made by the reactive manager
	 * @param fetchMode which of the two managers fetches the tokens this class hands out
	 */
	public ZitadelTokenManager(ClientRegistration registration, RestClient tokenEndpointRestClient,
			WebClient tokenEndpointWebClient, FetchMode fetchMode) {
		this(registration, tokenEndpointRestClient, tokenEndpointWebClient, fetchMode, Clock.systemUTC());
	}

	ZitadelTokenManager(ClientRegistration registration, RestClient tokenEndpointRestClient,
			WebClient tokenEndpointWebClient, FetchMode fetchMode, Clock clock) {
		Assert.isTrue(AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registration.getAuthorizationGrantType()),
				"registration must use the client_credentials grant");
		this.registrationId = registration.getRegistrationId();
		this.clock = clock;
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		this.authorizedClientService = new InMemoryOAuth2AuthorizedClientService(registrations);
		this.authorizedClientManager = blockingManager(registrations, this.authorizedClientService,
				tokenEndpointRestClient);
		InMemoryReactiveClientRegistrationRepository reactiveRegistrations = new InMemoryReactiveClientRegistrationRepository(
				registration);
		this.reactiveAuthorizedClientService = new InMemoryReactiveOAuth2AuthorizedClientService(
				reactiveRegistrations);
		this.reactiveAuthorizedClientManager = reactiveManager(reactiveRegistrations,
				this.reactiveAuthorizedClientService, tokenEndpointWebClient);
		this.tokenRequest = (fetchMode == FetchMode.BLOCKING) ? blockingTokenRequest() : reactiveTokenRequest();
	}

	private static OAuth2AuthorizedClientManager blockingManager(InMemoryClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService service, RestClient restClient) {
		RestClientClientCredentialsTokenResponseClient tokenResponseClient = new RestClientClientCredentialsTokenResponseClient();
		tokenResponseClient.setRestClient(restClient);
		ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(tokenResponseClient);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, service);
		manager.setAuthorizedClientProvider(provider);
		return manager;
	}

	private static ReactiveOAuth2AuthorizedClientManager reactiveManager(
			InMemoryReactiveClientRegistrationRepository registrations, ReactiveOAuth2AuthorizedClientService service,
			WebClient webClient) {
		WebClientReactiveClientCredentialsTokenResponseClient tokenResponseClient = new WebClientReactiveClientCredentialsTokenResponseClient();
		tokenResponseClient.setWebClient(webClient);
		ClientCredentialsReactiveOAuth2AuthorizedClientProvider provider = new ClientCredentialsReactiveOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(tokenResponseClient);
		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, service);
		manager.setAuthorizedClientProvider(provider);
		return manager;
	}

	// The stored client is removed first so that Spring Security fetches a new token
	// whenever this class decides to, whatever its own clock skew says.
	private Mono<OAuth2AccessToken> blockingTokenRequest() {
		return Mono.fromCallable(() -> {
			this.authorizedClientService.removeAuthorizedClient(this.registrationId, PRINCIPAL_NAME);
			return accessTokenOf(this.authorizedClientManager.authorize(authorizeRequest()));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private Mono<OAuth2AccessToken> reactiveTokenRequest() {
		return this.reactiveAuthorizedClientService.removeAuthorizedClient(this.registrationId, PRINCIPAL_NAME)
			.then(Mono.defer(() -> this.reactiveAuthorizedClientManager.authorize(authorizeRequest())))
			.map(ZitadelTokenManager::accessTokenOf)
			.switchIfEmpty(Mono.fromCallable(() -> accessTokenOf(null)));
	}

	private OAuth2AuthorizeRequest authorizeRequest() {
		return OAuth2AuthorizeRequest.withClientRegistrationId(this.registrationId).principal(PRINCIPAL_NAME).build();
	}

	private static OAuth2AccessToken accessTokenOf(@Nullable OAuth2AuthorizedClient authorizedClient) {
		if (authorizedClient == null) {
			throw new IllegalStateException("Spring Security did not authorize the ZITADEL service user");
		}
		return authorizedClient.getAccessToken();
	}

	/**
	 * Return a valid access token, fetching one if none is cached or the cached one is
	 * about to expire. Blocks while a token is fetched; must not be called on a
	 * non-blocking thread such as a Netty event loop: use {@link #accessToken()} there.
	 * @return the access token
	 * @throws org.springframework.security.oauth2.core.OAuth2AuthorizationException if
	 * ZITADEL refuses the token request
	 */
	public OAuth2AccessToken getAccessToken() {
		OAuth2AccessToken token = this.currentToken;
		if (isFresh(token)) {
			return token;
		}
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
	 * cached and never blocks the subscribing thread.
	 * @return the access token
	 */
	public Mono<OAuth2AccessToken> accessToken() {
		return Mono.defer(() -> {
			OAuth2AccessToken token = this.currentToken;
			return isFresh(token) ? Mono.just(token) : Mono.fromFuture(this::obtainToken, true);
		});
	}

	/**
	 * Return Spring Security's blocking manager behind this class. It has its own store
	 * of authorized clients, so tokens it hands out are not shared with this class.
	 * @return the blocking authorized-client manager
	 */
	public OAuth2AuthorizedClientManager getAuthorizedClientManager() {
		return this.authorizedClientManager;
	}

	/**
	 * Return Spring Security's reactive manager behind this class. It has its own store
	 * of authorized clients, so tokens it hands out are not shared with this class.
	 * @return the reactive authorized-client manager
	 */
	public ReactiveOAuth2AuthorizedClientManager getReactiveAuthorizedClientManager() {
		return this.reactiveAuthorizedClientManager;
	}

	private CompletableFuture<OAuth2AccessToken> obtainToken() {
		while (true) {
			CompletableFuture<OAuth2AccessToken> pending = this.pendingTokenRequest.get();
			if (pending != null) {
				return pending;
			}
			OAuth2AccessToken token = this.currentToken;
			if (isFresh(token)) {
				return CompletableFuture.completedFuture(token);
			}
			CompletableFuture<OAuth2AccessToken> request = new CompletableFuture<>();
			if (this.pendingTokenRequest.compareAndSet(null, request)) {
				requestToken(request);
				return request;
			}
		}
	}

	private void requestToken(CompletableFuture<OAuth2AccessToken> request) {
		OAuth2AccessToken fetchedMeanwhile = this.currentToken;
		if (isFresh(fetchedMeanwhile)) {
			this.pendingTokenRequest.set(null);
			request.complete(fetchedMeanwhile);
			return;
		}
		this.tokenRequest.subscribe((token) -> {
			this.currentToken = token;
			this.pendingTokenRequest.set(null);
			request.complete(token);
		}, (failure) -> {
			this.pendingTokenRequest.set(null);
			request.completeExceptionally(failure);
		});
	}

	/**
	 * A token counts as fresh until a margin before it expires: 60 seconds, or half its
	 * lifetime for tokens that live less than two minutes, so that short-lived tokens are
	 * still reused.
	 */
	private boolean isFresh(@Nullable OAuth2AccessToken token) {
		if (token == null) {
			return false;
		}
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt == null) {
			return true;
		}
		Duration margin = REFRESH_MARGIN;
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
				+ isFresh(this.currentToken) + "}";
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
