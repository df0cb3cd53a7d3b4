package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

import io.github.zitadelstarter.client.ZitadelTokenException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Token requests of the service user through Spring Security's authorized-client manager
 * and the provider of its {@link TokenGrant}: the blocking manager, run on Reactor's
 * bounded-elastic scheduler, or the reactive one, as the application type asks. Each
 * attempt is observed; transient failures are retried within the budget. The token
 * manager decides when a request is made; this class only makes it.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class TokenRequests {

	/**
	 * Name of the observation made of each token request, and so of its timer.
	 */
	static final String OBSERVATION = "zitadel.token.requests";

	/**
	 * Principal name under which Spring Security stores the service user's authorized
	 * client. It is fixed so that the token never depends on who is logged in.
	 */
	static final String PRINCIPAL_NAME = "zitadel-service-user";

	private final String grantName;

	private final TokenManagerSettings settings;

	private final Clock clock;

	private final ObservationRegistry observationRegistry;

	private final Mono<OAuth2AccessToken> request;

	TokenRequests(ClientRegistration registration, TokenGrant grant, TokenEndpointClients endpoint,
			FetchMode fetchMode, TokenManagerSettings settings, ObservationRegistry observationRegistry, Clock clock) {
		this.grantName = grant.name();
		this.observationRegistry = observationRegistry;
		this.settings = settings;
		this.clock = clock;
		Mono<OAuth2AccessToken> attempt = (fetchMode == FetchMode.BLOCKING)
				? blockingAttempt(registration, grant, endpoint) : reactiveAttempt(registration, grant, endpoint);
		this.request = withRetries(observed(attempt.onErrorMap(TokenRequests::tokenException)));
	}

	/**
	 * Return the token request: each subscription makes one, with its retries.
	 */
	Mono<OAuth2AccessToken> request() {
		return this.request;
	}

	// The stored client is removed first so that Spring Security makes a token request
	// whenever the token manager asks for one, whatever its own clock skew says.
	private static Mono<OAuth2AccessToken> blockingAttempt(ClientRegistration registration, TokenGrant grant,
			TokenEndpointClients endpoint) {
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		InMemoryOAuth2AuthorizedClientService service = new InMemoryOAuth2AuthorizedClientService(registrations);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, service);
		manager.setAuthorizedClientProvider(grant.provider(endpoint));
		OAuth2AuthorizeRequest authorizeRequest = authorizeRequest(registration);
		return Mono.fromCallable(() -> {
			service.removeAuthorizedClient(registration.getRegistrationId(), PRINCIPAL_NAME);
			return accessTokenOf(manager.authorize(authorizeRequest));
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static Mono<OAuth2AccessToken> reactiveAttempt(ClientRegistration registration, TokenGrant grant,
			TokenEndpointClients endpoint) {
		InMemoryReactiveClientRegistrationRepository registrations = new InMemoryReactiveClientRegistrationRepository(
				registration);
		InMemoryReactiveOAuth2AuthorizedClientService service = new InMemoryReactiveOAuth2AuthorizedClientService(
				registrations);
		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, service);
		manager.setAuthorizedClientProvider(grant.reactiveProvider(endpoint));
		OAuth2AuthorizeRequest authorizeRequest = authorizeRequest(registration);
		return service.removeAuthorizedClient(registration.getRegistrationId(), PRINCIPAL_NAME)
			.then(Mono.defer(() -> manager.authorize(authorizeRequest)))
			.map(TokenRequests::accessTokenOf)
			.switchIfEmpty(Mono.fromCallable(() -> accessTokenOf(null)));
	}

	private static OAuth2AuthorizeRequest authorizeRequest(ClientRegistration registration) {
		return OAuth2AuthorizeRequest.withClientRegistrationId(registration.getRegistrationId())
			.principal(PRINCIPAL_NAME)
			.build();
	}

	private Mono<OAuth2AccessToken> observed(Mono<OAuth2AccessToken> attempt) {
		return Mono.defer(() -> {
			// Every key always carries a value, so that every timer has the same tags,
			// even for a request that was cancelled.
			Observation observation = Observation.createNotStarted(OBSERVATION, this.observationRegistry)
				.contextualName("zitadel token request")
				.lowCardinalityKeyValue("credential", this.grantName)
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
					return Mono.error((attempts > 1) ? afterAttempts(exception, attempts, exception.getHint())
							: exception);
				}
				Duration retryAfter = exception.getRetryAfter();
				Duration delay = (retryAfter != null) ? retryAfter : backoff(failure.totalRetries());
				if (this.clock.instant().plus(delay).isAfter(deadline)) {
					String hint = (retryAfter != null) ? retryAfterBeyondBudget(retryAfter) : exception.getHint();
					return Mono.error(afterAttempts(exception, attempts, hint));
				}
				return Mono.delay(delay);
			})));
		});
	}

	private String retryAfterBeyondBudget(Duration retryAfter) {
		return "ZITADEL asked to wait " + retryAfter.toSeconds() + " s (Retry-After) before the next token request,"
				+ " longer than what is left of zitadel.token.retry.budget (" + this.settings.retryBudget().toSeconds()
				+ " s), so the callers got this failure at once. ZITADEL limits the requests from this"
				+ " application or its network: make fewer calls, or raise zitadel.token.retry.budget to wait that long";
	}

	private static ZitadelTokenException afterAttempts(ZitadelTokenException exception, int attempts,
			@Nullable String hint) {
		return new ZitadelTokenException(exception.getStatusCode(), exception.getError(), exception.getRetryAfter(),
				hint, attempts, exception);
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

	/**
	 * Which of Spring Security's managers makes the token requests.
	 */
	enum FetchMode {

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
