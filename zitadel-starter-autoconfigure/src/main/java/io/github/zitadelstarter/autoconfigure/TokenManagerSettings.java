package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;

/**
 * When tokens are refreshed and how failed token requests are retried, from the
 * zitadel.token properties.
 *
 * @param refreshMargin how long before a token expires it is replaced
 * @param retryBudget how long transient failures are retried before the callers get the
 * failure
 * @param initialBackoff delay before the first retry, doubled for each further one
 * @param maxBackoff longest delay between two retries
 * @author ZITADEL Spring Boot Starter contributors
 */
record TokenManagerSettings(Duration refreshMargin, Duration retryBudget, Duration initialBackoff,
		Duration maxBackoff) {

	static TokenManagerSettings of(ZitadelProperties.Token token) {
		return new TokenManagerSettings(token.getRefreshMargin(), token.getRetry().getBudget(),
				token.getRetry().getInitialBackoff(), token.getRetry().getMaxBackoff());
	}

}
