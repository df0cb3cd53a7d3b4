package io.github.zitadelstarter.testcontainers;

import java.time.Duration;

import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.containers.wait.strategy.WaitStrategyTarget;

/**
 * Waits until a ZITADEL container answers an authenticated call with the personal access
 * token its setup wrote, and checks its issuer ({@link ApiReadiness}).
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class AuthenticatedApiWaitStrategy implements WaitStrategy {

	private Duration startupTimeout = ZitadelContainer.DEFAULT_STARTUP_TIMEOUT;

	@Override
	public void waitUntilReady(WaitStrategyTarget target) {
		ZitadelApi api = new ZitadelApi(ZitadelContainer.originOf(target));
		String personalAccessToken = FirstInstanceServiceUser.personalAccessToken(target);
		try {
			new ApiReadiness(api, Polling.standard()).await(personalAccessToken, this.startupTimeout);
		}
		catch (IllegalStateException ex) {
			throw new ContainerLaunchException(ex.getMessage(), ex);
		}
	}

	@Override
	public WaitStrategy withStartupTimeout(Duration startupTimeout) {
		this.startupTimeout = startupTimeout;
		return this;
	}

	Duration getStartupTimeout() {
		return this.startupTimeout;
	}

}
