package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelTokenManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code zitadel} health indicator, when Spring Boot's health
 * support is on the class path. Switched off with
 * {@code management.health.zitadel.enabled=false}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@AutoConfiguration(after = ZitadelAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ZitadelTokenManager.class)
@ConditionalOnEnabledHealthIndicator("zitadel")
public final class ZitadelHealthContributorAutoConfiguration {

	// The token manager is looked up on the first health check, so that it stays
	// created on first use and the health indicator adds nothing to the startup.
	@Bean
	@ConditionalOnMissingBean(name = { "zitadelHealthIndicator", "zitadelHealthContributor" })
	HealthIndicator zitadelHealthIndicator(ObjectProvider<ZitadelTokenManager> tokenManager,
			ZitadelConnectionDetails connectionDetails, ZitadelProperties properties, ZitadelHttpClients httpClients) {
		return new ZitadelHealthIndicator(tokenManager, connectionDetails.getOrigin().toString(),
				ZitadelClients.ownUserCall(connectionDetails, properties, httpClients), Clock.systemUTC());
	}

}
