package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.TokenEndpointFault;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The token lifecycle under load and faults, against the ZITADEL test server on loopback.
 * Each test states the behaviour a user relies on.
 */
class TokenLifecycleFaultTests {

	private static final int CALLERS = 64;

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	@BeforeEach
	void resetServer() {
		zitadel.server().clearTokenEndpointFaults();
		zitadel.server().clearRecordedRequests();
		zitadel.server().setTokenLifetime(Duration.ofHours(12));
	}

	@Test
	void concurrentWebClientCallersInAServletApplicationShareOneTokenRequest() {
		configure(new WebApplicationContextRunner()).run((context) -> {
			List<Organization> organizations = inParallel(CALLERS, () -> viaWebClient(context));
			assertThat(organizations).hasSize(CALLERS).containsOnly(zitadel.server().organization());
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void concurrentWebClientCallersInAReactiveApplicationShareOneTokenRequest() {
		reactive().run((context) -> {
			List<Organization> organizations = Flux.range(0, CALLERS)
				.flatMap((i) -> webClientCall(context), CALLERS)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(organizations).hasSize(CALLERS).containsOnly(zitadel.server().organization());
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void concurrentRestClientCallersShareOneTokenRequest() {
		blocking().run((context) -> {
			List<Organization> organizations = inParallel(CALLERS, () -> viaRestClient(context));
			assertThat(organizations).hasSize(CALLERS).containsOnly(zitadel.server().organization());
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void webClientRestClientAndDirectCallersTogetherShareOneTokenRequest() {
		blocking().run((context) -> assertMixedCallersShareOneTokenRequest(context));
		zitadel.server().clearRecordedRequests();
		reactive().run((context) -> assertMixedCallersShareOneTokenRequest(context));
	}

	private void assertMixedCallersShareOneTokenRequest(ApplicationContext context) throws Exception {
		ZitadelTokenManager tokens = context.getBean(ZitadelTokenManager.class);
		AtomicInteger caller = new AtomicInteger();
		List<Organization> organizations = inParallel(CALLERS, () -> switch (caller.getAndIncrement() % 3) {
			case 0 -> viaWebClient(context);
			case 1 -> viaRestClient(context);
			default -> (tokens.getAccessToken() != null) ? zitadel.server().organization() : null;
		});
		assertThat(organizations).hasSize(CALLERS).containsOnly(zitadel.server().organization());
		assertThat(zitadel.server().tokenRequestCount()).isOne();
	}

	@Test
	void tokenLivingShorterThanTheRefreshMarginIsStillReused() {
		zitadel.server().setTokenLifetime(Duration.ofSeconds(30));
		blocking().run((context) -> {
			for (int i = 0; i < 20; i++) {
				viaRestClient(context);
			}
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void revokingEveryTokenMidTrafficFailsNoCallAndCostsOneNewTokenRequest() {
		blocking().run((context) -> {
			CallCounts counts = callFor(context, Duration.ofSeconds(2), 16, () -> zitadel.server().revokeAllTokens());
			assertThat(counts.failed()).isZero();
			assertThat(zitadel.server().tokenRequestCount()).isEqualTo(2);
			assertThat(zitadel.server().requests())
				.anySatisfy((request) -> assertThat(request.path()).isEqualTo("/management/v1/orgs/me"));
		});
	}

	@Test
	void bothClientsReplayARequestOnceAfter401WithANewToken() {
		blocking().run((context) -> {
			viaWebClient(context);
			zitadel.server().revokeAllTokens();
			assertThat(viaWebClient(context)).isEqualTo(zitadel.server().organization());
			zitadel.server().revokeAllTokens();
			assertThat(viaRestClient(context)).isEqualTo(zitadel.server().organization());
			assertThat(zitadel.server().tokenRequestCount()).isEqualTo(3);
			assertThat(apiRequestCount()).isEqualTo(5);
		});
	}

	@Test
	void aSecond401ReachesTheCaller() {
		blocking("zitadel.scopes=openid profile").run((context) -> {
			assertThat(catchThrowableOfType(Exception.class, () -> viaWebClient(context)))
				.hasMessageContaining("401 Unauthorized");
			assertThat(apiRequestCount()).isEqualTo(2);
			assertThat(catchThrowableOfType(Exception.class, () -> viaRestClient(context)))
				.hasMessageContaining("401")
				.hasMessageContaining("invalid audience (APP-Zxfako)");
			assertThat(apiRequestCount()).isEqualTo(4);
			// The token fetched for a replay that was still refused is kept: the problem
			// is not the token, and dropping it would cost a token request per call.
			assertThat(zitadel.server().tokenRequestCount()).isEqualTo(3);
		});
	}

	private static long apiRequestCount() {
		return zitadel.server()
			.requests()
			.stream()
			.filter((request) -> request.path().equals("/management/v1/orgs/me"))
			.count();
	}

	@Test
	void requestWithABodyIsNotReplayedAndTheExceptionSaysWhy() {
		blocking().run((context) -> {
			viaWebClient(context);
			zitadel.server().revokeAllTokens();
			WebClient client = context.getBean("zitadelWebClient", WebClient.class);
			assertThat(catchThrowableOfType(Exception.class,
					() -> client.method(HttpMethod.GET)
						.uri("/management/v1/orgs/me")
						.bodyValue("{}")
						.retrieve()
						.toBodilessEntity()
						.block()))
				.hasMessageContaining("401")
				.hasMessageContaining("not sent again with a new one because its body cannot be replayed");
			assertThat(viaWebClient(context)).isEqualTo(zitadel.server().organization());
		});
	}

	@Test
	void forbiddenKeepsTheTokenAndReachesTheCallerWithZitadelsMessage() {
		blocking().run((context) -> {
			viaRestClient(context);
			RestClient client = context.getBean("zitadelRestClient", RestClient.class);
			assertThat(catchThrowableOfType(Exception.class,
					() -> client.get()
						.uri("/management/v1/orgs/me")
						.header("x-zitadel-orgid", "1")
						.retrieve()
						.toBodilessEntity()))
				.hasMessageContaining("403")
				.hasMessageContaining("No matching permissions found (AUTH-5mWD2)");
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void applicationStartsWhileTheTokenEndpointIsDownAndCallsFailFastWithoutARequestEach() {
		zitadel.server().failNextTokenRequests(1000, TokenEndpointFault.serviceUnavailable());
		blocking("zitadel.token.retry.budget=1s", "zitadel.token.retry.initial-backoff=50ms").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(zitadel.server().requests()).isEmpty();
			ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
					() -> viaRestClient(context));
			assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(failure).hasMessageStartingWith("ZITADEL token request failed: HTTP 503")
				.hasMessageContaining("gave up after");
			int requestsAfterFailure = zitadel.server().tokenRequestCount();
			assertThat(catchThrowableOfType(ZitadelTokenException.class, () -> viaWebClient(context)))
				.isSameAs(failure);
			assertThat(zitadel.server().tokenRequestCount()).isEqualTo(requestsAfterFailure);
		});
	}

	@Test
	void clearingTheCacheForgetsAFailureThatIsStillHandedToNewCallers() {
		zitadel.server().failNextTokenRequests(1000, TokenEndpointFault.serviceUnavailable());
		blocking("zitadel.token.retry.budget=0s").run((context) -> {
			ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
					() -> viaRestClient(context));
			zitadel.server().clearTokenEndpointFaults();
			assertThat(catchThrowableOfType(ZitadelTokenException.class, () -> viaRestClient(context)))
				.isSameAs(failure);
			context.getBean(ZitadelTokenManager.class).clearCache();
			assertThat(viaRestClient(context)).isEqualTo(zitadel.server().organization());
		});
	}

	@Test
	void tooManyRequestsWithRetryAfterIsWaitedOut() {
		zitadel.server().failNextTokenRequests(2, TokenEndpointFault.tooManyRequests(Duration.ofSeconds(1)));
		blocking().run((context) -> {
			long started = System.nanoTime();
			assertThat(viaRestClient(context)).isEqualTo(zitadel.server().organization());
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
			assertThat(zitadel.server().tokenRequestCount()).isEqualTo(3);
		});
	}

	@Test
	void aRetryAfterLongerThanTheBudgetEndsAtOnceSayingHowLongZitadelAskedToWait() {
		zitadel.server().failNextTokenRequests(1, TokenEndpointFault.tooManyRequests(Duration.ofSeconds(30)));
		blocking().run((context) -> {
			ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
					() -> viaRestClient(context));
			assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(failure.getHint()).startsWith("ZITADEL asked to wait 30 s (Retry-After) before the next token"
					+ " request, longer than what is left of zitadel.token.retry.budget (10 s)")
				.contains("raise zitadel.token.retry.budget");
			assertThat(failure).hasMessageContaining("ZITADEL asked to wait 30 s");
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void serviceUnavailableStormEndsWithAClearErrorAfterABoundedNumberOfRequests() {
		zitadel.server().failNextTokenRequests(1000, TokenEndpointFault.serviceUnavailable());
		blocking("zitadel.token.retry.budget=1s", "zitadel.token.retry.initial-backoff=100ms").run((context) -> {
			List<Throwable> failures = inParallel(16, () -> catchThrowableOfType(ZitadelTokenException.class,
					() -> viaWebClient(context)));
			assertThat(failures).hasSize(16).allSatisfy((failure) -> assertThat(failure)
				.isInstanceOf(ZitadelTokenException.class)
				.hasMessageContaining("HTTP 503"));
			assertThat(zitadel.server().tokenRequestCount()).isBetween(2, 10);
		});
	}

	@Test
	void slowTokenEndpointTimesOutWithoutHangingTheCaller() {
		zitadel.server().failNextTokenRequests(1000, TokenEndpointFault.delay(Duration.ofSeconds(3)));
		blocking("zitadel.http.read-timeout=300ms", "zitadel.token.retry.budget=500ms").run((context) -> {
			ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
					() -> viaRestClient(context));
			assertThat(failure.getStatusCode()).isNull();
			assertThat(failure.getErrorCode()).isEqualTo("temporarily_unavailable");
			assertThat(failure).hasMessageContaining("did not answer");
			assertNoThreadIsStillRequestingATokenWithin(Duration.ofSeconds(2));
		});
		reactive("zitadel.http.read-timeout=300ms", "zitadel.token.retry.budget=500ms").run((context) -> {
			assertThatExceptionOfType(ZitadelTokenException.class)
				.isThrownBy(() -> webClientCall(context).block(Duration.ofSeconds(10)))
				.satisfies((failure) -> assertThat(failure.getStatusCode()).isNull());
		});
	}

	@Test
	void wrongSecretIsNotRetriedAndShowsZitadelsErrorWithoutTheSecret() {
		blocking("zitadel.client-secret=not-the-secret").run((context) -> {
			ZitadelTokenException failure = catchThrowableOfType(ZitadelTokenException.class,
					() -> viaWebClient(context));
			assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(failure.getErrorCode()).isEqualTo("invalid_request");
			assertThat(failure.getErrorDescription()).isEqualTo("Errors.User.Machine.Secret.Invalid");
			assertThat(failure).hasMessageNotContaining("not-the-secret");
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	private ApplicationContextRunner blocking(String... properties) {
		return configure(new ApplicationContextRunner(), properties);
	}

	private ReactiveWebApplicationContextRunner reactive(String... properties) {
		return configure(new ReactiveWebApplicationContextRunner(), properties);
	}

	private static void assertNoThreadIsStillRequestingATokenWithin(Duration grace) throws InterruptedException {
		long deadline = System.nanoTime() + grace.toNanos();
		List<String> requesting = threadsRequestingAToken();
		while (!requesting.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
			requesting = threadsRequestingAToken();
		}
		assertThat(requesting).isEmpty();
	}

	private static List<String> threadsRequestingAToken() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter((entry) -> List.of(entry.getValue())
				.stream()
				.anyMatch((frame) -> frame.getClassName().endsWith("TokenEndpointClient")))
			.map((entry) -> entry.getKey().getName())
			.toList();
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configure(R runner, String... properties) {
		return StarterContexts.withStarter(runner)
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.withPropertyValues(properties);
	}

	private static Organization viaWebClient(ApplicationContext context) {
		return webClientCall(context).block();
	}

	private static Mono<Organization> webClientCall(ApplicationContext context) {
		return StarterContexts.organizationViaWebClient(context);
	}

	private static Organization viaRestClient(ApplicationContext context) {
		return StarterContexts.organizationViaRestClient(context);
	}

	/**
	 * Run the callers on threads of their own, released together.
	 */
	private static <T> List<T> inParallel(int callers, Callable<T> call) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(callers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> values = new ArrayList<>();
			for (Future<T> result : results) {
				values.add(result.get(60, TimeUnit.SECONDS));
			}
			return values;
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * Call the API through both clients from concurrent callers for a while, running an
	 * action half way through.
	 */
	private static CallCounts callFor(ApplicationContext context, Duration duration, int callers,
			Runnable halfWay) throws Exception {
		long deadline = System.nanoTime() + duration.toNanos();
		long halfWayAt = System.nanoTime() + duration.toNanos() / 2;
		AtomicInteger succeeded = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger halfWayRuns = new AtomicInteger();
		AtomicInteger callerIds = new AtomicInteger();
		inParallel(callers, () -> {
			boolean useWebClient = callerIds.getAndIncrement() % 2 == 0;
			while (System.nanoTime() < deadline) {
				if (halfWay != null && System.nanoTime() > halfWayAt && halfWayRuns.compareAndSet(0, 1)) {
					halfWay.run();
				}
				try {
					Organization organization = useWebClient ? viaWebClient(context) : viaRestClient(context);
					(organization != null ? succeeded : failed).incrementAndGet();
				}
				catch (RuntimeException ex) {
					failed.incrementAndGet();
				}
			}
			return null;
		});
		return new CallCounts(succeeded.get(), failed.get());
	}

	record CallCounts(int succeeded, int failed) {

	}

}
