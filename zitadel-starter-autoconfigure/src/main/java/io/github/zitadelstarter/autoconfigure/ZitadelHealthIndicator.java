package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Health of the connection to ZITADEL: UP while the service user has a valid access
 * token, DOWN with ZITADEL's OAuth2 error when it cannot get one. A cached token answers
 * without any request; without one, a token is requested at most once per
 * {@link #ATTEMPT_INTERVAL}, and the last failure is reported in between, so that health
 * probes never turn into a stream of token requests.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelHealthIndicator extends AbstractHealthIndicator {

	private static final Duration ATTEMPT_INTERVAL = Duration.ofSeconds(30);

	private final ObjectProvider<ZitadelTokenManager> tokenManager;

	private final String origin;

	private final Clock clock;

	private volatile @Nullable FailedAttempt lastFailure;

	ZitadelHealthIndicator(ObjectProvider<ZitadelTokenManager> tokenManager, String origin, Clock clock) {
		super("ZITADEL health check failed");
		this.tokenManager = tokenManager;
		this.origin = origin;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("origin", this.origin);
		ZitadelTokenManager tokenManager = this.tokenManager.getObject();
		OAuth2AccessToken cached = tokenManager.getCachedAccessToken();
		if (cached != null) {
			up(builder, cached);
			return;
		}
		FailedAttempt failure = this.lastFailure;
		if (failure != null && this.clock.instant().isBefore(failure.at().plus(ATTEMPT_INTERVAL))) {
			down(builder, failure.exception());
			return;
		}
		try {
			OAuth2AccessToken token = tokenManager.getAccessToken();
			this.lastFailure = null;
			up(builder, token);
		}
		catch (ZitadelTokenException ex) {
			this.lastFailure = new FailedAttempt(ex, this.clock.instant());
			down(builder, ex);
		}
	}

	private static void up(Health.Builder builder, OAuth2AccessToken token) {
		builder.up();
		if (token.getExpiresAt() != null) {
			builder.withDetail("tokenExpiresAt", token.getExpiresAt().toString());
		}
	}

	private static void down(Health.Builder builder, ZitadelTokenException failure) {
		builder.down().withDetail("error", failure.getErrorCode());
		if (failure.getErrorDescription() != null) {
			builder.withDetail("errorDescription", failure.getErrorDescription());
		}
		if (failure.getStatusCode() != null) {
			builder.withDetail("httpStatus", failure.getStatusCode().value());
		}
		if (failure.getHint() != null) {
			builder.withDetail("hint", failure.getHint());
		}
	}

	private record FailedAttempt(ZitadelTokenException exception, Instant at) {

	}

}
