package io.github.zitadelstarter.test.autoconfigure;

import java.time.Duration;
import java.time.Instant;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.TokenEndpointFault;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.event.annotation.BeforeTestMethod;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * {@link ZitadelTestServerResetTestExecutionListener}, through test classes that JUnit runs
 * here: two test methods that share a context, the first leaving faults, recorded
 * requests, a short token lifetime, another external domain and a cached token behind,
 * the second expecting none of them.
 */
class ZitadelTestServerResetTestExecutionListenerTests {

	@Test
	void eachTestMethodStartsWithAResetServerAndNoCachedToken() {
		run(Reset.class).assertStatistics((statistics) -> statistics.started(2).succeeded(2));
	}

	@Test
	void testMethodsThatOptOutSeeWhatTheFirstOneLeft() {
		Events events = run(NoReset.class);
		events.assertThatEvents()
			.haveExactly(1, event(test("firstChangesTheServerAndCachesAToken"), finishedSuccessfully()))
			.haveExactly(1, event(test("secondFindsTheServerAndTokenCacheAsNew"),
					finishedWithFailure(message((text) -> text.contains("requests left by an earlier test")
							&& text.contains("Instance not found") && text.contains("token requests of this test")
							&& text.contains("token lifetime")))));
	}

	@Test
	void keepsWhatABeforeTestMethodEventListenerPrepared() {
		run(PreparedByAnEventListener.class).assertStatistics((statistics) -> statistics.started(1).succeeded(1));
	}

	private static Events run(Class<?> testClass) {
		return EngineTestKit.engine("junit-jupiter")
			.configurationParameter(RunHere.PARAMETER, "true")
			.selectors(selectClass(testClass))
			.execute()
			.testEvents();
	}

	/**
	 * Keeps the test classes below from running on their own, as an IDE that runs every
	 * class of the package would run them: one of them fails on purpose.
	 */
	static class RunHere implements ExecutionCondition {

		static final String PARAMETER = "zitadel.reset-listener-scenario";

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return context.getConfigurationParameter(PARAMETER).isPresent()
					? ConditionEvaluationResult.enabled("run by ZitadelTestServerResetTestExecutionListenerTests")
					: ConditionEvaluationResult.disabled("runs from ZitadelTestServerResetTestExecutionListenerTests");
		}

	}

	@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
			properties = "spring.reactor.netty.shutdown-quiet-period=100ms")
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	@ExtendWith(RunHere.class)
	abstract static class TwoTestMethods {

		@Autowired
		private ZitadelTestServer zitadel;

		@Autowired
		@Qualifier("zitadelRestClient")
		private RestClient zitadelRestClient;

		@Autowired
		private ZitadelTokenManager tokenManager;

		@Test
		@Order(1)
		void firstChangesTheServerAndCachesAToken() {
			this.zitadel.setTokenLifetime(Duration.ofMinutes(5));
			readOrganization();
			this.zitadel.failNextTokenRequests(5, TokenEndpointFault.serviceUnavailable());
			this.zitadel.setExternalDomain("auth.example.com");
		}

		@Test
		@Order(2)
		void secondFindsTheServerAndTokenCacheAsNew() {
			SoftAssertions softly = new SoftAssertions();
			softly.assertThat(this.zitadel.requests()).as("requests left by an earlier test").isEmpty();
			int tokenRequestsBefore = this.zitadel.tokenRequestCount();
			softly.assertThatCode(this::readOrganization).as("reading the organization").doesNotThrowAnyException();
			softly.assertThat(this.zitadel.tokenRequestCount() - tokenRequestsBefore)
				.as("token requests of this test")
				.isOne();
			Instant expiresAt = this.tokenManager.getCachedAccessToken().getExpiresAt();
			softly.assertThat(Duration.between(Instant.now(), expiresAt))
				.as("token lifetime")
				.isGreaterThan(Duration.ofHours(11));
			softly.assertAll();
		}

		private void readOrganization() {
			this.zitadelRestClient.get().uri("/management/v1/orgs/me").retrieve().toBodilessEntity();
		}

	}

	@AutoConfigureZitadelTestServer
	static class Reset extends TwoTestMethods {

	}

	@AutoConfigureZitadelTestServer(resetBeforeEachTest = false)
	static class NoReset extends TwoTestMethods {

	}

	@SpringBootTest(classes = { Application.class, ShortTokens.class },
			webEnvironment = SpringBootTest.WebEnvironment.NONE,
			properties = "spring.reactor.netty.shutdown-quiet-period=100ms")
	@AutoConfigureZitadelTestServer
	@ExtendWith(RunHere.class)
	static class PreparedByAnEventListener {

		@Autowired
		private ZitadelTokenManager tokenManager;

		@Test
		void tokenHasTheLifetimeTheListenerSet() {
			Instant expiresAt = this.tokenManager.getAccessToken().getExpiresAt();
			assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofMinutes(4),
					Duration.ofMinutes(5));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ShortTokens {

		private final ZitadelTestServer zitadel;

		ShortTokens(ZitadelTestServer zitadel) {
			this.zitadel = zitadel;
		}

		@BeforeTestMethod
		void shortenTokens() {
			this.zitadel.setTokenLifetime(Duration.ofMinutes(5));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
