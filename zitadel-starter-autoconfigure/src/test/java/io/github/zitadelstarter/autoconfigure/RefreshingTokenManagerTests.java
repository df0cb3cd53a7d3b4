package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.zitadelstarter.client.ZitadelTokenException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for {@link RefreshingTokenManager}: the token lifecycle against a fake token
 * endpoint whose answers the test controls, on a clock the test moves.
 */
class RefreshingTokenManagerTests {

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final Duration MARGIN = Duration.ofSeconds(60);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

	private final FakeTokenEndpoint endpoint = new FakeTokenEndpoint();

	private final RefreshingTokenManager tokens = new RefreshingTokenManager(this.endpoint, MARGIN, this.clock);

	@Test
	void aFreshTokenIsServedFromTheCacheWithoutARequest() {
		OAuth2AccessToken first = this.tokens.getAccessToken();
		this.clock.advance(LIFETIME.minus(MARGIN).minusSeconds(1));
		assertThat(this.tokens.getAccessToken()).isSameAs(first);
		assertThat(this.tokens.accessToken().block()).isSameAs(first);
		assertThat(this.endpoint.requests()).isOne();
		assertThat(this.tokens.cacheHits()).isEqualTo(2);
		assertThat(this.tokens.cacheMisses()).isOne();
	}

	@Test
	void callersWithoutATokenShareOneRequest() {
		this.endpoint.answerLater();
		List<Mono<OAuth2AccessToken>> callers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			callers.add(this.tokens.accessToken().cache());
			callers.get(i).subscribe();
		}
		assertThat(this.endpoint.requests()).isOne();
		OAuth2AccessToken issued = this.endpoint.completePending();
		callers.forEach((caller) -> assertThat(caller.block(Duration.ofSeconds(5))).isSameAs(issued));
		assertThat(this.tokens.cacheMisses()).isEqualTo(8);
	}

	@Test
	void aTokenPastTheMarginIsStillServedWhileOneBackgroundRequestReplacesIt() {
		OAuth2AccessToken old = this.tokens.getAccessToken();
		this.endpoint.answerLater();
		this.clock.advance(LIFETIME.minus(MARGIN).plusSeconds(1));
		for (int i = 0; i < 5; i++) {
			assertThat(this.tokens.getAccessToken()).isSameAs(old);
		}
		assertThat(this.endpoint.requests()).isEqualTo(2);
		assertThat(this.tokens.cacheMisses()).isOne();
		OAuth2AccessToken replacement = this.endpoint.completePending();
		assertThat(this.tokens.getAccessToken()).isSameAs(replacement);
		assertThat(this.endpoint.requests()).isEqualTo(2);
	}

	@Test
	void aFailedBackgroundRequestNeverFailsACallThatHasAValidTokenAndIsTriedAgainLater() {
		OAuth2AccessToken old = this.tokens.getAccessToken();
		this.endpoint.fail();
		this.clock.advance(LIFETIME.minus(MARGIN).plusSeconds(1));
		assertThat(this.tokens.getAccessToken()).isSameAs(old);
		assertThat(this.tokens.getAccessToken()).isSameAs(old);
		assertThat(this.endpoint.requests()).isEqualTo(2);
		this.clock.advance(RefreshingTokenManager.FAILURE_HOLD);
		this.endpoint.succeed();
		assertThat(this.tokens.getAccessToken()).isSameAs(old);
		assertThat(this.endpoint.requests()).isEqualTo(3);
		assertThat(this.tokens.getAccessToken()).isNotSameAs(old);
	}

	@Test
	void callersWaitOnlyOnceTheTokenHasExpired() {
		this.tokens.getAccessToken();
		this.endpoint.answerLater();
		this.clock.advance(LIFETIME);
		Mono<OAuth2AccessToken> waiting = this.tokens.accessToken().cache();
		waiting.subscribe();
		assertThat(this.tokens.getCachedAccessToken()).isNull();
		OAuth2AccessToken replacement = this.endpoint.completePending();
		assertThat(waiting.block(Duration.ofSeconds(5))).isSameAs(replacement);
	}

	@Test
	void aTokenLivingLessThanTwiceTheMarginIsReplacedAfterHalfItsLifetime() {
		this.endpoint.setLifetime(Duration.ofSeconds(30));
		this.tokens.getAccessToken();
		this.clock.advance(Duration.ofSeconds(14));
		this.tokens.getAccessToken();
		assertThat(this.endpoint.requests()).isOne();
		this.clock.advance(Duration.ofSeconds(2));
		this.tokens.getAccessToken();
		assertThat(this.endpoint.requests()).isEqualTo(2);
	}

	@Test
	void aFailureIsHandedToTheCallersOfTheNextSecondWithoutANewRequest() {
		this.endpoint.fail();
		Throwable first = catchThrowable(this.tokens::getAccessToken);
		assertThat(first).isInstanceOf(ZitadelTokenException.class);
		assertThat(catchThrowable(this.tokens::getAccessToken)).isSameAs(first);
		assertThat(catchThrowable(() -> this.tokens.accessToken().block())).isSameAs(first);
		assertThat(this.endpoint.requests()).isOne();
		this.clock.advance(RefreshingTokenManager.FAILURE_HOLD);
		this.endpoint.succeed();
		assertThat(this.tokens.getAccessToken()).isNotNull();
		assertThat(this.endpoint.requests()).isEqualTo(2);
	}

	@Test
	void acrossManyLifetimesCallsNeverFailAndEachTokenIsRequestedOnce() {
		int lifetimes = 20;
		for (Duration elapsed = Duration.ZERO; elapsed.compareTo(LIFETIME.multipliedBy(lifetimes)) < 0; elapsed = elapsed
			.plusSeconds(5)) {
			assertThat(this.tokens.getAccessToken().getExpiresAt()).isAfter(this.clock.instant());
			this.clock.advance(Duration.ofSeconds(5));
		}
		// One token at the start, then one per lifetime minus the margin.
		assertThat(this.endpoint.requests()).isEqualTo(1 + (int) (LIFETIME.multipliedBy(lifetimes).toSeconds()
				/ LIFETIME.minus(MARGIN).toSeconds()));
	}

	@Test
	void invalidateDropsTheCurrentTokenButNotItsReplacement() {
		OAuth2AccessToken first = this.tokens.getAccessToken();
		this.tokens.invalidate(first);
		OAuth2AccessToken second = this.tokens.getAccessToken();
		this.tokens.invalidate(first);
		assertThat(this.tokens.getAccessToken()).isSameAs(second);
		assertThat(this.endpoint.requests()).isEqualTo(2);
	}

	@Test
	void clearCacheMakesTheNextCallerRequestAToken() {
		this.tokens.getAccessToken();
		this.tokens.clearCache();
		assertThat(this.tokens.getCachedAccessToken()).isNull();
		this.tokens.getAccessToken();
		assertThat(this.endpoint.requests()).isEqualTo(2);
	}

	@Test
	void theBlockingAccessorRefusesANonBlockingThreadEvenWithACachedToken() {
		this.tokens.getAccessToken();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> Mono.fromCallable(this.tokens::getAccessToken)
				.subscribeOn(Schedulers.parallel())
				.block(Duration.ofSeconds(5)))
			.withMessageContaining("use accessToken() in reactive code");
		assertThat(Mono.defer(this.tokens::accessToken).subscribeOn(Schedulers.parallel()).block()).isNotNull();
	}

	/**
	 * A token endpoint that issues tokens at the test clock's time, now or when the test
	 * says, or fails.
	 */
	private final class FakeTokenEndpoint implements Supplier<Mono<OAuth2AccessToken>> {

		private final AtomicInteger requests = new AtomicInteger();

		private volatile Duration lifetime = LIFETIME;

		private volatile boolean later;

		private volatile boolean failing;

		private volatile Sinks.One<OAuth2AccessToken> pending;

		@Override
		public Mono<OAuth2AccessToken> get() {
			return Mono.defer(() -> {
				this.requests.incrementAndGet();
				if (this.failing) {
					return Mono.error(new ZitadelTokenException(HttpStatus.SERVICE_UNAVAILABLE,
							new OAuth2Error("temporarily_unavailable"), null, null));
				}
				if (this.later) {
					this.pending = Sinks.one();
					return this.pending.asMono();
				}
				return Mono.just(issue());
			});
		}

		int requests() {
			return this.requests.get();
		}

		void setLifetime(Duration lifetime) {
			this.lifetime = lifetime;
		}

		void answerLater() {
			this.later = true;
		}

		void fail() {
			this.failing = true;
		}

		void succeed() {
			this.failing = false;
			this.later = false;
		}

		OAuth2AccessToken completePending() {
			OAuth2AccessToken token = issue();
			this.later = false;
			this.pending.tryEmitValue(token);
			return token;
		}

		private OAuth2AccessToken issue() {
			Instant now = RefreshingTokenManagerTests.this.clock.instant();
			return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token-" + this.requests.get(), now,
					now.plus(this.lifetime));
		}

	}

}
