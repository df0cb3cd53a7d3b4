package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelIntrospectionCache}.
 */
class ZitadelIntrospectionCacheTests {

	private final MutableClock clock = new MutableClock(Instant.now());

	@Test
	void keepsNothingWithoutATimeToLive() {
		ZitadelIntrospectionCache cache = new ZitadelIntrospectionCache(Duration.ZERO, this.clock);
		cache.put("token", principal(this.clock.instant().plusSeconds(60)));
		assertThat(cache.get("token")).isNull();
		assertThat(cache.size()).isZero();
	}

	@Test
	void keepsAnswersForTheTimeToLiveOrUntilTheTokenExpires() {
		ZitadelIntrospectionCache cache = new ZitadelIntrospectionCache(Duration.ofSeconds(30), this.clock);
		OAuth2AuthenticatedPrincipal longLived = principal(this.clock.instant().plusSeconds(3600));
		OAuth2AuthenticatedPrincipal shortLived = principal(this.clock.instant().plusSeconds(10));
		cache.put("long", longLived);
		cache.put("short", shortLived);
		this.clock.advance(Duration.ofSeconds(9));
		assertThat(cache.get("long")).isSameAs(longLived);
		assertThat(cache.get("short")).isSameAs(shortLived);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(cache.get("short")).isNull();
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(cache.get("long")).isNull();
	}

	@Test
	void keepsAnExpiredTokensAnswerNot() {
		ZitadelIntrospectionCache cache = new ZitadelIntrospectionCache(Duration.ofSeconds(30), this.clock);
		cache.put("expired", principal(this.clock.instant()));
		assertThat(cache.size()).isZero();
	}

	@Test
	void staysWithinItsBound() {
		ZitadelIntrospectionCache cache = new ZitadelIntrospectionCache(Duration.ofSeconds(30), this.clock);
		OAuth2AuthenticatedPrincipal principal = principal(this.clock.instant().plusSeconds(60));
		for (int i = 0; i <= ZitadelIntrospectionCache.MAX_ENTRIES; i++) {
			cache.put("token-" + i, principal);
		}
		assertThat(cache.size()).isLessThanOrEqualTo(ZitadelIntrospectionCache.MAX_ENTRIES);
		assertThat(cache.get("token-" + ZitadelIntrospectionCache.MAX_ENTRIES)).isSameAs(principal);
	}

	private static OAuth2AuthenticatedPrincipal principal(Instant expiresAt) {
		return new OAuth2IntrospectionAuthenticatedPrincipal(Map.of("sub", "user", "exp", expiresAt), List.of());
	}

}
