package io.github.zitadelstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Health of the connection to ZITADEL: UP while the service user's credential works,
 * DOWN with ZITADEL's error when it does not.
 * <p>
 * For a credential exchanged for tokens, a cached token answers without any request:
 * ZITADEL issued it, so the credential worked. Otherwise the indicator checks the
 * credential, at most once per {@link #CHECK_INTERVAL}, and reports that check's outcome
 * in between, so that health probes never turn into a stream of requests: it obtains a
 * token, and for a credential that is sent as it is (a personal access token) it also
 * makes one cheap authenticated call.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelHealthIndicator extends AbstractHealthIndicator {

	static final Duration CHECK_INTERVAL = Duration.ofSeconds(30);

	private final ObjectProvider<ZitadelTokenManager> tokenManager;

	private final String origin;

	private final Consumer<OAuth2AccessToken> authenticatedCall;

	private final Clock clock;

	private volatile @Nullable Check lastCheck;

	/**
	 * Create an indicator.
	 * @param tokenManager the service user's token manager, looked up on the first check
	 * @param origin ZITADEL's origin, shown in the details
	 * @param authenticatedCall a cheap call of ZITADEL's API with the given token, which
	 * throws a {@link RestClientException} if ZITADEL refuses it; made for tokens that
	 * ZITADEL did not issue on request
	 * @param clock the clock of the check interval
	 */
	ZitadelHealthIndicator(ObjectProvider<ZitadelTokenManager> tokenManager, String origin,
			Consumer<OAuth2AccessToken> authenticatedCall, Clock clock) {
		super("ZITADEL health check failed");
		this.tokenManager = tokenManager;
		this.origin = origin;
		this.authenticatedCall = authenticatedCall;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("origin", this.origin);
		ZitadelTokenManager tokenManager = this.tokenManager.getObject();
		OAuth2AccessToken cached = tokenManager.isRenewable() ? tokenManager.getCachedAccessToken() : null;
		if (cached != null) {
			apply(up(cached), builder);
			return;
		}
		Check last = this.lastCheck;
		if (last == null || !this.clock.instant().isBefore(last.at().plus(CHECK_INTERVAL))) {
			last = new Check(check(tokenManager), this.clock.instant());
			this.lastCheck = last;
		}
		apply(last.health(), builder);
	}

	private Health check(ZitadelTokenManager tokenManager) {
		try {
			OAuth2AccessToken token = tokenManager.getAccessToken();
			if (!tokenManager.isRenewable()) {
				this.authenticatedCall.accept(token);
			}
			return up(token);
		}
		catch (ZitadelTokenException ex) {
			return down(ex);
		}
		catch (RestClientResponseException ex) {
			return down(ex);
		}
		catch (RestClientException ex) {
			return Health.down().withDetail("error", "ZITADEL did not answer: " + ex.getMessage()).build();
		}
	}

	private static Health up(OAuth2AccessToken token) {
		Health.Builder health = Health.up();
		if (token.getExpiresAt() != null) {
			health.withDetail("tokenExpiresAt", token.getExpiresAt().toString());
		}
		return health.build();
	}

	private static Health down(ZitadelTokenException failure) {
		Health.Builder health = Health.down().withDetail("error", failure.getErrorCode());
		if (failure.getErrorDescription() != null) {
			health.withDetail("errorDescription", failure.getErrorDescription());
		}
		if (failure.getStatusCode() != null) {
			health.withDetail("httpStatus", failure.getStatusCode().value());
		}
		if (failure.getHint() != null) {
			health.withDetail("hint", failure.getHint());
		}
		return health.build();
	}

	private static Health down(RestClientResponseException failure) {
		String body = failure.getResponseBodyAsString(StandardCharsets.UTF_8);
		Health.Builder health = Health.down()
			.withDetail("error", "HTTP " + failure.getStatusCode().value())
			.withDetail("httpStatus", failure.getStatusCode().value());
		ZitadelErrorHint hint = ZitadelErrorHint.forApiError(failure.getStatusCode(), body, true);
		if (hint != null) {
			health.withDetail("hint", hint.action());
		}
		return health.build();
	}

	private static void apply(Health health, Health.Builder builder) {
		builder.status(health.getStatus()).withDetails(health.getDetails());
	}

	private record Check(Health health, Instant at) {

	}

}
