package io.github.zitadelstarter.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

import io.github.zitadelstarter.client.ZitadelTokenManager.FetchMode;
import io.github.zitadelstarter.client.ZitadelTokenManager.Settings;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

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
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static io.github.zitadelstarter.client.ZitadelTokenManager.PRINCIPAL_NAME;
import static io.github.zitadelstarter.client.ZitadelTokenManager.TOKEN_REQUEST_OBSERVATION;

/**
 * Token requests of a {@link ZitadelTokenManager}: Spring Security's blocking and
 * reactive authorized-client managers, and one attempt after the other through the one
 * the fetch mode picks, each observed, transient failures retried within the budget.
 * The token manager decides when a request is made; this class only makes it.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class TokenRequests {

	private final String registrationId;

	private final Settings settings;

	private final Clock clock;

	private final OAuth2AuthorizedClientService authorizedClientService;

	private final OAuth2AuthorizedClientManager authorizedClientManager;

	private final ReactiveOAuth2AuthorizedClientService reactiveAuthorizedClientService;

	private final ReactiveOAuth2AuthorizedClientManager reactiveAuthorizedClientManager;

	private final Mono<OAuth2AccessToken> request;

	private volatile ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	TokenRequests(ClientRegistration registration,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient,
			ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> reactiveTokenResponseClient,
			FetchMode fetchMode, Settings settings, Clock clock) {
		this.registrationId = registration.getRegistrationId();
		this.settings = settings;
		this.clock = clock;
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		this.authorizedClientService = new InMemoryOAuth2AuthorizedClientService(registrations);
		this.authorizedClientManager = blockingManager(registrations, this.authorizedClientService,
				tokenResponseClient);
		InMemoryReactiveClientRegistrationRepository reactiveRegistrations = new InMemoryReactiveClientRegistrationRepository(
				registration);
		this.reactiveAuthorizedClientService = new InMemoryReactiveOAuth2AuthorizedClientService(
				reactiveRegistrations);
		this.reactiveAuthorizedClientManager = reactiveManager(reactiveRegistrations,
				this.reactiveAuthorizedClientService, reactiveTokenResponseClient);
		Mono<OAuth2AccessToken> singleAttempt = (fetchMode == FetchMode.BLOCKING) ? blockingTokenRequest()
				: reactiveTokenRequest();
		this.request = withRetries(observed(singleAttempt.onErrorMap(TokenRequests::tokenException)));
	}

	/**
	 * Return the token request: each subscription makes one, with its retries.
	 */
	Mono<OAuth2AccessToken> request() {
		return this.request;
	}

	OAuth2AuthorizedClientManager authorizedClientManager() {
		return this.authorizedClientManager;
	}

	ReactiveOAuth2AuthorizedClientManager reactiveAuthorizedClientManager() {
		return this.reactiveAuthorizedClientManager;
	}

	void setObservationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
	}

	private static OAuth2AuthorizedClientManager blockingManager(InMemoryClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService service,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient) {
		ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(tokenResponseClient);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, service);
		manager.setAuthorizedClientProvider(provider);
		return manager;
	}

	private static ReactiveOAuth2AuthorizedClientManager reactiveManager(
			InMemoryReactiveClientRegistrationRepository registrations, ReactiveOAuth2AuthorizedClientService service,
			ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient) {
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
			.map(TokenRequests::accessTokenOf)
			.switchIfEmpty(Mono.fromCallable(() -> accessTokenOf(null)));
	}

	private Mono<OAuth2AccessToken> observed(Mono<OAuth2AccessToken> attempt) {
		return Mono.defer(() -> {
			// Both keys always carry a value, so that every timer has the same tags,
			// even for a request that was cancelled.
			Observation observation = Observation
				.createNotStarted(TOKEN_REQUEST_OBSERVATION, this.observationRegistry)
				.contextualName("zitadel token request")
				.lowCardinalityKeyValue("outcome", "UNKNOWN")
				.lowCardinalityKeyValue("error.code", "none")
				.start();
			return attempt.doOnSuccess((token) -> observation.lowCardinalityKeyValue("outcome", "SUCCESS"))
				.doOnError((failure) -> {
					ZitadelTokenException exception = (ZitadelTokenException) failure;
					observation.lowCardinalityKeyValue("outcome", outcome(exception))
						.lowCardinalityKeyValue("error.code", exception.getErrorCode())
						.error(exception);
				})
				.doFinally((signal) -> observation.stop());
		});
	}

	private static String outcome(ZitadelTokenException exception) {
		if (exception.getStatusCode() == null) {
			return "UNKNOWN";
		}
		if (exception.getStatusCode().is4xxClientError()) {
			return "CLIENT_ERROR";
		}
		return exception.getStatusCode().is5xxServerError() ? "SERVER_ERROR" : "UNKNOWN";
	}

	private Mono<OAuth2AccessToken> withRetries(Mono<OAuth2AccessToken> attempt) {
		return Mono.defer(() -> {
			Instant deadline = this.clock.instant().plus(this.settings.retryBudget());
			return attempt.retryWhen(Retry.from((failures) -> failures.concatMap((failure) -> {
				ZitadelTokenException exception = (ZitadelTokenException) failure.failure();
				int attempts = (int) failure.totalRetries() + 1;
				if (!exception.isTransient()) {
					return Mono.error((attempts > 1) ? exception.afterAttempts(attempts) : exception);
				}
				Duration delay = (exception.getRetryAfter() != null) ? exception.getRetryAfter()
						: backoff(failure.totalRetries());
				if (this.clock.instant().plus(delay).isAfter(deadline)) {
					return Mono.error(exception.afterAttempts(attempts));
				}
				return Mono.delay(delay);
			})));
		});
	}

	/**
	 * Exponential backoff from the initial delay, capped, with "equal jitter": a random
	 * delay between half and all of the exponential one.
	 */
	private Duration backoff(long retries) {
		long initial = this.settings.initialBackoff().toMillis();
		long exponential = Math.min(this.settings.maxBackoff().toMillis(), initial << Math.min(retries, 20));
		long half = exponential / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
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
	 * Turn whatever a token request failed with into a {@link ZitadelTokenException}: the
	 * one the token endpoint client raised, or one for a connection failure or timeout.
	 */
	static ZitadelTokenException tokenException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ZitadelTokenException tokenException) {
				return tokenException;
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException || cause instanceof TimeoutException) {
				return new ZitadelTokenException(null, new OAuth2Error("temporarily_unavailable",
						"ZITADEL's token endpoint did not answer: " + cause, null), null, failure);
			}
		}
		OAuth2Error error = (failure instanceof OAuth2AuthorizationException authorizationException)
				? authorizationException.getError() : new OAuth2Error("server_error", String.valueOf(failure), null);
		return new ZitadelTokenException(null, error, null, failure);
	}

}
