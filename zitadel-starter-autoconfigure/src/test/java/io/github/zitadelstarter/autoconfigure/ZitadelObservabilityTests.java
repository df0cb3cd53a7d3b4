package io.github.zitadelstarter.autoconfigure;

import java.util.concurrent.TimeUnit;

import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Token requests observed and timed, the token cache counted, and Spring Boot's own HTTP
 * client observations kept on both clients, with Boot's observation and metrics
 * auto-configuration.
 */
class ZitadelObservabilityTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner())
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				RestClientObservationAutoConfiguration.class, WebClientObservationAutoConfiguration.class))
		.withPropertyValues(StarterContexts.pointingAt(zitadel.server()));

	@Test
	void eachTokenRequestIsTimedWithItsOutcome() {
		this.contextRunner.run((context) -> {
			for (int call = 0; call < 3; call++) {
				StarterContexts.organizationViaRestClient(context);
			}
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Timer timer = meters.get(TokenRequests.OBSERVATION)
				.tag("credential", "client_secret")
				.tag("outcome", "SUCCESS")
				.tag("error.code", "none")
				.timer();
			assertThat(timer.count()).isOne();
			assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
		});
	}

	@Test
	void aRefusedTokenRequestIsTimedWithZitadelsErrorCode() {
		this.contextRunner.withPropertyValues("zitadel.client-id=no-such-service-user").run((context) -> {
			catchThrowable(() -> StarterContexts.organizationViaRestClient(context));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get(TokenRequests.OBSERVATION)
				.tag("outcome", "CLIENT_ERROR")
				.tag("error.code", "invalid_client")
				.timer()
				.count()).isOne();
		});
	}

	@Test
	void tokenRequestsWithAKeyAreTimedAsJwtProfile() {
		String keyJson = zitadel.server().credentials().addKey(zitadel.server().serviceUser()).json();
		this.contextRunner.withPropertyValues("zitadel.client-id=", "zitadel.client-secret=", "zitadel.key-json=" + keyJson)
			.run((context) -> {
				StarterContexts.organizationViaRestClient(context);
				assertThat(context.getBean(MeterRegistry.class)
					.get(TokenRequests.OBSERVATION)
					.tag("credential", "jwt_profile")
					.tag("outcome", "SUCCESS")
					.timer()
					.count()).isOne();
			});
	}

	@Test
	void aPersonalAccessTokenHasNoTokenRequestsAndNoCacheToCount() {
		String pat = zitadel.server().credentials().addPersonalAccessToken(zitadel.server().serviceUser());
		this.contextRunner
			.withPropertyValues("zitadel.client-id=", "zitadel.client-secret=", "zitadel.personal-access-token=" + pat)
			.run((context) -> {
				StarterContexts.organizationViaRestClient(context);
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.find(TokenRequests.OBSERVATION).timers()).isEmpty();
				assertThat(meters.find("zitadel.token.cache").functionCounters()).isEmpty();
			});
	}

	@Test
	void cacheHitsAndMissesAreCounted() {
		this.contextRunner.run((context) -> {
			StarterContexts.organizationViaRestClient(context);
			StarterContexts.organizationViaRestClient(context);
			StarterContexts.organizationViaWebClient(context).block();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("zitadel.token.cache").tag("result", "miss").functionCounter().count()).isEqualTo(1);
			assertThat(meters.get("zitadel.token.cache").tag("result", "hit").functionCounter().count()).isEqualTo(2);
		});
	}

	@Test
	void bindingTheCacheCountersDoesNotCreateTheTokenManager() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(MeterRegistry.class).find("zitadel.token.cache").functionCounters()).hasSize(2);
			assertThat(context.getBeanFactory().containsSingleton("zitadelTokenManager")).isFalse();
		});
	}

	@Test
	void bothClientsKeepSpringBootsHttpClientObservations() {
		this.contextRunner.run((context) -> {
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			StarterContexts.organizationViaRestClient(context);
			assertThat(apiCallsTimed(meters)).as("after the RestClient call").isOne();
			StarterContexts.organizationViaWebClient(context).block();
			assertThat(apiCallsTimed(meters)).as("after the WebClient call").isEqualTo(2);
		});
	}

	// Both clients' observations have the same tags here, so they share one timer.
	private static long apiCallsTimed(MeterRegistry meters) {
		return meters.get("http.client.requests")
			.tag("uri", "/management/v1/orgs/me")
			.tag("status", "200")
			.timer()
			.count();
	}

}
