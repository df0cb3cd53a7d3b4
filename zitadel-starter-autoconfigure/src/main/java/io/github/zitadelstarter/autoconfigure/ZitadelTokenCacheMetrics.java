package io.github.zitadelstarter.autoconfigure;

import java.util.function.ToLongFunction;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts requests for an access token that the cache answered ({@code result=hit}) and
 * those that waited for a token request ({@code result=miss}), as the function counter
 * {@code zitadel.token.cache}, for the starter's token manager of a credential exchanged
 * for tokens. The token requests themselves are timed by the
 * {@value TokenRequests#OBSERVATION} observation.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelTokenCacheMetrics implements MeterBinder {

	private static final String NAME = "zitadel.token.cache";

	// Looked up when the counters are read, so that binding them does not create the
	// token manager at startup.
	private final ObjectProvider<ZitadelTokenManager> tokenManager;

	private final boolean requestsTokens;

	/**
	 * Create the counters.
	 * @param tokenManager the starter's token manager
	 * @param requestsTokens whether the credential is exchanged for tokens; a personal
	 * access token has no cache to count
	 */
	ZitadelTokenCacheMetrics(ObjectProvider<ZitadelTokenManager> tokenManager, boolean requestsTokens) {
		this.tokenManager = tokenManager;
		this.requestsTokens = requestsTokens;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		if (!this.requestsTokens) {
			return;
		}
		FunctionCounter.builder(NAME, this, (metrics) -> metrics.count(RefreshingTokenManager::cacheHits))
			.tag("result", "hit")
			.description("Requests for a ZITADEL access token answered from the cache")
			.register(registry);
		FunctionCounter.builder(NAME, this, (metrics) -> metrics.count(RefreshingTokenManager::cacheMisses))
			.tag("result", "miss")
			.description("Requests for a ZITADEL access token that waited for a token request")
			.register(registry);
	}

	private double count(ToLongFunction<RefreshingTokenManager> counter) {
		return (this.tokenManager.getObject() instanceof RefreshingTokenManager refreshing)
				? counter.applyAsLong(refreshing) : 0;
	}

}
