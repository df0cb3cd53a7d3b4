package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts requests for an access token that the cache answered ({@code result=hit}) and
 * those that waited for a token request ({@code result=miss}), as the function counter
 * {@code zitadel.token.cache}. The token requests themselves are timed by the
 * {@value ZitadelTokenManager#TOKEN_REQUEST_OBSERVATION} observation.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelTokenCacheMetrics implements MeterBinder {

	private static final String NAME = "zitadel.token.cache";

	// Looked up when the counters are read, so that binding them does not create the
	// token manager at startup.
	private final ObjectProvider<ZitadelTokenManager> tokenManager;

	ZitadelTokenCacheMetrics(ObjectProvider<ZitadelTokenManager> tokenManager) {
		this.tokenManager = tokenManager;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder(NAME, this, (metrics) -> metrics.tokenManager.getObject().getCacheHitCount())
			.tag("result", "hit")
			.description("Requests for a ZITADEL access token answered from the cache")
			.register(registry);
		FunctionCounter.builder(NAME, this, (metrics) -> metrics.tokenManager.getObject().getCacheMissCount())
			.tag("result", "miss")
			.description("Requests for a ZITADEL access token that waited for a token request")
			.register(registry);
	}

}
