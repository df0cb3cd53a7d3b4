package io.github.zitadelstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.HttpClientErrorException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code zitadel} health indicator against the ZITADEL test server.
 */
class ZitadelHealthIndicatorTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner())
		.withConfiguration(AutoConfigurations.of(ZitadelHealthContributorAutoConfiguration.class,
				HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class))
		.withPropertyValues(StarterContexts.pointingAt(zitadel.server()));

	@BeforeEach
	void clearRequests() {
		zitadel.server().clearRecordedRequests();
	}

	@Test
	void isRegisteredAsZitadelWithoutCreatingTheTokenManagerAtStartup() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(HealthContributorRegistry.class).getContributor("zitadel"))
				.isInstanceOf(ZitadelHealthIndicator.class);
			assertThat(context.getBeanFactory().containsSingleton("zitadelTokenManager")).isFalse();
			assertThat(zitadel.server().requests()).isEmpty();
		});
	}

	@Test
	void isUpWithATokenAndAsksForNoFurtherTokenWhileItIsCached() {
		this.contextRunner.run((context) -> {
			HealthIndicator indicator = context.getBean("zitadelHealthIndicator", HealthIndicator.class);
			Health first = indicator.health();
			assertThat(first.getStatus()).isEqualTo(Status.UP);
			assertThat(first.getDetails()).containsEntry("origin", zitadel.server().origin().toString())
				.containsKey("tokenExpiresAt");
			for (int probe = 0; probe < 10; probe++) {
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			}
			assertThat(zitadel.server().tokenRequestCount()).isOne();
			String token = context.getBean(ZitadelTokenManager.class).getAccessToken().getTokenValue();
			assertThat(first.toString()).doesNotContain(token);
		});
	}

	@Test
	void usesTheTokenTheApplicationAlreadyHas() {
		this.contextRunner.run((context) -> {
			StarterContexts.organizationViaRestClient(context);
			assertThat(context.getBean("zitadelHealthIndicator", HealthIndicator.class).health().getStatus())
				.isEqualTo(Status.UP);
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
	}

	@Test
	void isDownWithZitadelsErrorAndHint() {
		this.contextRunner.withPropertyValues("zitadel.client-secret=not-the-secret").run((context) -> {
			Health health = context.getBean("zitadelHealthIndicator", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("error", "invalid_request")
				.containsEntry("errorDescription", "Errors.User.Machine.Secret.Invalid")
				.containsEntry("httpStatus", 400)
				.containsKey("hint");
			assertThat(health.toString()).doesNotContain("not-the-secret");
		});
	}

	@Test
	void withoutACachedTokenChecksAtMostOncePerIntervalAndReportsThatCheckInBetween() {
		FakeTokenManager tokens = new FakeTokenManager(true);
		tokens.failing = new ZitadelTokenException(HttpStatus.BAD_REQUEST,
				new OAuth2Error("invalid_request", "Errors.User.Machine.Secret.Invalid", null), null, "hint", null);
		ZitadelHealthIndicator indicator = indicator(tokens, (token) -> {
			throw new AssertionError("a token ZITADEL issued needs no further call");
		});
		assertThat(indicator.health().getDetails()).containsEntry("error", "invalid_request");
		// Past the token manager's own failure hold, still within the interval.
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(tokens.requests).isOne();
		this.clock.advance(Duration.ofSeconds(1));
		tokens.failing = null;
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(tokens.requests).isEqualTo(2);
	}

	@Test
	void aTokenZitadelIssuedAnswersWithoutAnyRequest() {
		FakeTokenManager tokens = new FakeTokenManager(true);
		tokens.cached = tokens.token;
		ZitadelHealthIndicator indicator = indicator(tokens, (token) -> {
			throw new AssertionError("no call expected");
		});
		for (int probe = 0; probe < 3; probe++) {
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		}
		assertThat(tokens.requests).isZero();
	}

	@Test
	void aPersonalAccessTokenIsCheckedWithOneAuthenticatedCallPerInterval() {
		FakeTokenManager tokens = new FakeTokenManager(false);
		tokens.cached = tokens.token;
		AtomicInteger calls = new AtomicInteger();
		ZitadelHealthIndicator indicator = indicator(tokens, (token) -> {
			calls.incrementAndGet();
			assertThat(token).isSameAs(tokens.token);
		});
		for (int probe = 0; probe < 5; probe++) {
			assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			this.clock.advance(Duration.ofSeconds(5));
		}
		assertThat(calls).hasValue(1);
		this.clock.advance(Duration.ofSeconds(5));
		indicator.health();
		assertThat(calls).hasValue(2);
	}

	@Test
	void aPersonalAccessTokenThatZitadelRefusesIsDownWithAHint() {
		FakeTokenManager tokens = new FakeTokenManager(false);
		ZitadelHealthIndicator indicator = indicator(tokens, (token) -> {
			throw HttpClientErrorException.create(HttpStatus.UNAUTHORIZED, "Unauthorized", HttpHeaders.EMPTY,
					"{\"code\":16,\"message\":\"Token is invalid (AUTH-7fs1e)\"}".getBytes(StandardCharsets.UTF_8),
					StandardCharsets.UTF_8);
		});
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 401)
			.containsEntry("hint", ZitadelErrorHint.PERSONAL_ACCESS_TOKEN_REJECTED.action());
		assertThat(health.toString()).doesNotContain(tokens.token.getTokenValue());
	}

	@Test
	void withAPersonalAccessTokenAgainstTheTestServerIsUpThenDownOnceRevoked() {
		String pat = zitadel.server().credentials().addPersonalAccessToken(zitadel.server().serviceUser());
		this.contextRunner.withPropertyValues("zitadel.client-id=", "zitadel.client-secret=",
				"zitadel.personal-access-token=" + pat)
			.run((context) -> {
				HealthIndicator indicator = context.getBean("zitadelHealthIndicator", HealthIndicator.class);
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
				assertThat(zitadel.server().requests()).singleElement()
					.satisfies((request) -> assertThat(request.path()).isEqualTo("/auth/v1/users/me"));
				assertThat(zitadel.server().tokenRequestCount()).isZero();
			});
		zitadel.server().credentials().revokePersonalAccessToken(pat);
		this.contextRunner.withPropertyValues("zitadel.client-id=", "zitadel.client-secret=",
				"zitadel.personal-access-token=" + pat)
			.run((context) -> {
				Health health = context.getBean("zitadelHealthIndicator", HealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("httpStatus", 401).containsKey("hint");
			});
	}

	private ZitadelHealthIndicator indicator(ZitadelTokenManager tokens, Consumer<OAuth2AccessToken> call) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("zitadelTokenManager", tokens);
		return new ZitadelHealthIndicator(beans.getBeanProvider(ZitadelTokenManager.class), "http://127.0.0.1:1",
				call, this.clock);
	}

	@Test
	void canBeSwitchedOffWithBootsProperty() {
		this.contextRunner.withPropertyValues("management.health.zitadel.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("zitadelHealthIndicator"));
	}

	@Test
	void isAbsentWithoutBootsHealthSupport() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("zitadelHealthIndicator"));
	}

	@Test
	void isAbsentWhenTheStarterIsOff() {
		this.contextRunner.withPropertyValues("zitadel.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("zitadelHealthIndicator"));
	}

	/**
	 * A token manager whose answers the test sets, counting token requests.
	 */
	private static final class FakeTokenManager implements ZitadelTokenManager {

		final OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "fake-token-value",
				null, null);

		private final boolean renewable;

		volatile OAuth2AccessToken cached;

		volatile ZitadelTokenException failing;

		volatile int requests;

		FakeTokenManager(boolean renewable) {
			this.renewable = renewable;
		}

		@Override
		public OAuth2AccessToken getAccessToken() {
			if (this.renewable) {
				this.requests++;
			}
			if (this.failing != null) {
				throw this.failing;
			}
			return this.token;
		}

		@Override
		public Mono<OAuth2AccessToken> accessToken() {
			return Mono.fromCallable(this::getAccessToken);
		}

		@Override
		public OAuth2AccessToken getCachedAccessToken() {
			return this.cached;
		}

		@Override
		public void invalidate(OAuth2AccessToken token) {
			this.cached = null;
		}

		@Override
		public void clearCache() {
			this.cached = null;
		}

		@Override
		public boolean isRenewable() {
			return this.renewable;
		}

	}

}
