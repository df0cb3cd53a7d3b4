package io.github.zitadelstarter.autoconfigure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The client secret, the Basic credentials and access tokens never show in TRACE logs,
 * exception messages, toString() or Actuator's configprops and env endpoints.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretHygieneTests {

	private static final String CLIENT_ID = "hygiene@acme";

	private static final String CLIENT_SECRET = "Hyg13ne+s3cret/with=colon:and%percent";

	private static final List<String> TRACED_LOGGERS = List.of("io.github.zitadelstarter", "org.springframework",
			"reactor.netty", "io.netty");

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	@BeforeAll
	static void registerServiceUser() {
		zitadel.server().addServiceUser(CLIENT_ID, CLIENT_SECRET, zitadel.server().organization());
	}

	@AfterEach
	void restoreLogLevels() {
		TRACED_LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, null));
	}

	@Test
	void traceLogsOfAWholeScenarioShowNoSecretAndNoToken(CapturedOutput output) {
		TRACED_LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, LogLevel.TRACE));
		List<Throwable> failures = new ArrayList<>();
		configure(new ApplicationContextRunner()).run((context) -> {
			readOrganizationThroughBothClients(context);
			zitadel.server().revokeAllTokens();
			readOrganizationThroughBothClients(context);
		});
		configure(new ApplicationContextRunner()).withPropertyValues("zitadel.client-authentication-method=client_secret_post")
			.run(this::readOrganizationThroughBothClients);
		configure(new ReactiveWebApplicationContextRunner())
			.run((context) -> StarterContexts.organizationViaWebClient(context).block());
		configure(new ApplicationContextRunner()).withPropertyValues("zitadel.client-secret=" + CLIENT_SECRET + "x")
			.run((context) -> failures
				.add(catchThrowable(() -> StarterContexts.organizationViaWebClient(context).block())));
		assertThat(failures).singleElement().isNotNull();
		LoggerFactory.getLogger(SecretHygieneTests.class).error("Token request failed", failures.get(0));
		assertThat(output).as("TRACE logging was active").contains("TRACE").contains("/oauth/v2/token");
		List<String> tokens = bearerTokens();
		assertThat(tokens).hasSizeGreaterThanOrEqualTo(4);
		assertThat(output.getAll()).doesNotContain(secretForms()).doesNotContain(tokens);
	}

	@Test
	void toStringOfTheStartersTypesShowsNoSecret() {
		configure(new ApplicationContextRunner()).run((context) -> {
			ZitadelTokenManager tokenManager = context.getBean(ZitadelTokenManager.class);
			String token = tokenManager.getAccessToken().getTokenValue();
			String described = context.getBean(ZitadelProperties.class) + " " + tokenManager + " "
					+ context.getBean(PropertiesZitadelConnectionDetails.class);
			assertThat(described).doesNotContain(secretForms()).doesNotContain(token);
		});
	}

	@Test
	void actuatorConfigpropsAndEnvShowNoSecretEvenWhenValuesAreShown() {
		configure(new ApplicationContextRunner())
			.withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
					ConfigurationPropertiesReportEndpointAutoConfiguration.class,
					EnvironmentEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
					"management.endpoint.configprops.show-values=always",
					"management.endpoint.env.show-values=always")
			.run((context) -> {
				Object clientSecret = context.getBean(EnvironmentEndpoint.class)
					.environmentEntry("zitadel.client-secret")
					.getProperty()
					.getValue();
				assertThat(clientSecret).isEqualTo("******");
				Object clientId = context.getBean(EnvironmentEndpoint.class)
					.environmentEntry("zitadel.client-id")
					.getProperty()
					.getValue();
				assertThat(clientId).isEqualTo(CLIENT_ID);
				String configprops = String.valueOf(context.getBean(ConfigurationPropertiesReportEndpoint.class)
					.configurationPropertiesWithPrefix("zitadel")
					.getContexts()
					.values()
					.stream()
					.flatMap((beans) -> beans.getBeans().values().stream())
					.map((bean) -> bean.getProperties().toString())
					.toList());
				assertThat(configprops).contains("clientSecret=******").contains(CLIENT_ID).doesNotContain(secretForms());
			});
	}

	private void readOrganizationThroughBothClients(ApplicationContext context) {
		assertThat(StarterContexts.organizationViaWebClient(context).block()).isEqualTo(zitadel.server().organization());
		assertThat(StarterContexts.organizationViaRestClient(context)).isEqualTo(zitadel.server().organization());
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configure(R runner) {
		return StarterContexts.withStarter(runner)
			.withPropertyValues("zitadel.domain=" + zitadel.server().origin(), "zitadel.client-id=" + CLIENT_ID,
					"zitadel.client-secret=" + CLIENT_SECRET);
	}

	private static String[] secretForms() {
		String urlEncodedSecret = URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
		String basic = Base64.getEncoder()
			.encodeToString((URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8) + ":" + urlEncodedSecret)
				.getBytes(StandardCharsets.UTF_8));
		String rawBasic = Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		return new String[] { CLIENT_SECRET, urlEncodedSecret, basic, rawBasic };
	}

	private static List<String> bearerTokens() {
		return zitadel.server()
			.requests()
			.stream()
			.map((request) -> request.header("Authorization"))
			.filter((authorization) -> authorization != null && authorization.startsWith("Bearer "))
			.map((authorization) -> authorization.substring(7))
			.distinct()
			.toList();
	}

}
