package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code zitadel} health indicator against the ZITADEL test server.
 */
class ZitadelHealthIndicatorTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

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
	void isDownWithZitadelsErrorAndHintAndRetriesAtMostOncePerInterval() {
		this.contextRunner.withPropertyValues("zitadel.client-secret=not-the-secret").run((context) -> {
			HealthIndicator indicator = context.getBean("zitadelHealthIndicator", HealthIndicator.class);
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("error", "invalid_request")
				.containsEntry("errorDescription", "Errors.User.Machine.Secret.Invalid")
				.containsEntry("httpStatus", 400)
				.containsKey("hint");
			assertThat(health.toString()).doesNotContain("not-the-secret");
			for (int probe = 0; probe < 10; probe++) {
				assertThat(indicator.health().getDetails()).containsEntry("error", "invalid_request");
			}
			assertThat(zitadel.server().tokenRequestCount()).isOne();
		});
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

}
