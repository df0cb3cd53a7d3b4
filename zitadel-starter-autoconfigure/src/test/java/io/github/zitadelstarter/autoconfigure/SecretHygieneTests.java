package io.github.zitadelstarter.autoconfigure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.user.AddKeyRequest;
import io.github.zitadelstarter.api.user.AddKeyResponse;
import io.github.zitadelstarter.api.user.AddPersonalAccessTokenRequest;
import io.github.zitadelstarter.api.user.AddPersonalAccessTokenResponse;
import io.github.zitadelstarter.api.user.AddSecretResponse;
import io.github.zitadelstarter.api.user.CreateUserRequest;
import io.github.zitadelstarter.api.user.ReactiveUserService;
import io.github.zitadelstarter.api.user.UserService;
import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.ServiceUser;
import io.github.zitadelstarter.test.ServiceUserKeyFile;
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
 * The client secret, the Basic credentials, the key (file, private key, assertions), the
 * personal access token and access tokens never show in TRACE logs, exception messages,
 * toString() or Actuator's configprops and env endpoints.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretHygieneTests {

	private static final String CLIENT_ID = "hygiene@acme";

	private static final String CLIENT_SECRET = "Hyg13ne+s3cret/with=colon:and%percent";

	private static final List<String> TRACED_LOGGERS = List.of("io.github.zitadelstarter", "org.springframework",
			"reactor.netty", "io.netty");

	private static final AutoConfigurations ACTUATOR = AutoConfigurations.of(EndpointAutoConfiguration.class,
			ConfigurationPropertiesReportEndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class);

	private static final String[] SHOW_VALUES = { "management.endpoints.web.exposure.include=configprops,env",
			"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always" };

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());

	private static ServiceUserKeyFile key;

	private static String personalAccessToken;

	@BeforeAll
	static void registerServiceUser() {
		ServiceUser user = zitadel.server().addServiceUser(CLIENT_ID, CLIENT_SECRET, zitadel.server().organization());
		key = zitadel.server().credentials().addKey(user);
		personalAccessToken = zitadel.server().credentials().addPersonalAccessToken(user);
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
		configureWith(new ApplicationContextRunner(), "zitadel.key-json=" + key.json())
			.run(this::readOrganizationThroughBothClients);
		configureWith(new ReactiveWebApplicationContextRunner(), "zitadel.key-json=" + key.json())
			.run((context) -> StarterContexts.organizationViaWebClient(context).block());
		configureWith(new ApplicationContextRunner(), "zitadel.personal-access-token=" + personalAccessToken)
			.run(this::readOrganizationThroughBothClients);
		assertThat(output).as("TRACE logging was active").contains("TRACE").contains("/oauth/v2/token");
		List<String> tokens = bearerTokens();
		assertThat(tokens).hasSizeGreaterThanOrEqualTo(6).contains(personalAccessToken);
		List<String> assertions = assertions();
		assertThat(assertions).hasSizeGreaterThanOrEqualTo(2);
		assertThat(output.getAll()).doesNotContain(secretForms())
			.doesNotContain(tokens)
			.doesNotContain(assertions)
			.doesNotContain(keyForms());
	}

	@Test
	void traceLogsOfTypedApiCallsShowNoTokenAndNoCredentialTheyCreate(CapturedOutput output) {
		TRACED_LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, LogLevel.TRACE));
		List<String> created = new ArrayList<>();
		String organizationId = zitadel.server().organization().id();
		configure(new ApplicationContextRunner()).run((context) -> {
			UserService users = context.getBean(Zitadel.class).users();
			String userId = users.createUser(CreateUserRequest.machine(organizationId, "hygiene-robot", "Robot")).id();
			AddSecretResponse secret = users.addSecret(userId);
			AddPersonalAccessTokenResponse token = users
				.addPersonalAccessToken(new AddPersonalAccessTokenRequest(userId, null));
			AddKeyResponse key = users.addKey(AddKeyRequest.generated(userId, null));
			LoggerFactory.getLogger(SecretHygieneTests.class).info("Created {} {} {}", secret, token, key);
			created.add(secret.clientSecret());
			created.add(token.token());
			created.add(key.keyContentAsString());
			zitadel.server().revokeAllTokens();
			LoggerFactory.getLogger(SecretHygieneTests.class)
				.error("Call failed", catchThrowable(() -> users.getUser("no-such-user")));
		});
		configure(new ReactiveWebApplicationContextRunner()).run((context) -> {
			ReactiveUserService users = context.getBean(ReactiveZitadel.class).users();
			String userId = users.createUser(CreateUserRequest.machine(organizationId, "hygiene-reactive", "Robot"))
				.block(Duration.ofSeconds(10))
				.id();
			created.add(users.addSecret(userId).block(Duration.ofSeconds(10)).clientSecret());
			created.add(users.addPersonalAccessToken(new AddPersonalAccessTokenRequest(userId, null))
				.block(Duration.ofSeconds(10))
				.token());
		});
		assertThat(output).as("TRACE logging was active").contains("TRACE").contains("/zitadel.user.v2.UserService");
		String pem = created.get(2);
		String[] keyLines = pem.substring(pem.indexOf("-----BEGIN"), pem.indexOf("-----END")).split("\\\\n");
		assertThat(bearerTokens()).isNotEmpty();
		assertThat(output.getAll()).doesNotContain(bearerTokens())
			.doesNotContain(created)
			.doesNotContain(keyLines[1], keyLines[keyLines.length / 2])
			.doesNotContain(secretForms());
	}

	@Test
	void toStringOfTheCredentialsAndTheirTokenManagersShowsNoSecret() {
		configureWith(new ApplicationContextRunner(), "zitadel.key-json=" + key.json()).run((context) -> {
			ZitadelTokenManager tokenManager = context.getBean(ZitadelTokenManager.class);
			String token = tokenManager.getAccessToken().getTokenValue();
			String described = context.getBean(ZitadelConnectionDetails.class) + " " + tokenManager + " "
					+ context.getBean(ZitadelConnectionDetails.class).getCredential() + " " + key;
			assertThat(described).contains(key.keyId()).doesNotContain(token).doesNotContain(keyForms());
		});
		configureWith(new ApplicationContextRunner(), "zitadel.personal-access-token=" + personalAccessToken)
			.run((context) -> assertThat(context.getBean(ZitadelConnectionDetails.class) + " "
					+ context.getBean(ZitadelTokenManager.class)).doesNotContain(personalAccessToken));
	}

	@Test
	void actuatorShowsNeitherTheKeyNorThePersonalAccessTokenEvenWhenValuesAreShown() {
		for (String property : List.of("zitadel.key-json=" + key.json(),
				"zitadel.personal-access-token=" + personalAccessToken)) {
			String name = property.substring(0, property.indexOf('='));
			configureWith(new ApplicationContextRunner(), property).withConfiguration(ACTUATOR)
				.withPropertyValues(SHOW_VALUES)
				.run((context) -> {
					assertThat(context.getBean(EnvironmentEndpoint.class)
						.environmentEntry(name)
						.getProperty()
						.getValue()).isEqualTo("******");
					assertThat(configprops(context)).contains("******")
						.doesNotContain(personalAccessToken)
						.doesNotContain(keyForms());
				});
		}
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
		configure(new ApplicationContextRunner()).withConfiguration(ACTUATOR)
			.withPropertyValues(SHOW_VALUES)
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
				assertThat(configprops(context)).contains("clientSecret=******").contains(CLIENT_ID).doesNotContain(secretForms());
			});
	}

	private void readOrganizationThroughBothClients(ApplicationContext context) {
		assertThat(StarterContexts.organizationViaWebClient(context).block()).isEqualTo(zitadel.server().organization());
		assertThat(StarterContexts.organizationViaRestClient(context)).isEqualTo(zitadel.server().organization());
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R configureWith(R runner,
			String credential) {
		return StarterContexts.withStarter(runner)
			.withPropertyValues("zitadel.domain=" + zitadel.server().origin(), credential);
	}

	private static String configprops(ApplicationContext context) {
		return String.valueOf(context.getBean(ConfigurationPropertiesReportEndpoint.class)
			.configurationPropertiesWithPrefix("zitadel")
			.getContexts()
			.values()
			.stream()
			.flatMap((beans) -> beans.getBeans().values().stream())
			.map((bean) -> bean.getProperties().toString())
			.toList());
	}

	/**
	 * The key file and pieces of its private key as they could show: the JSON, the PEM's
	 * base64 lines, its first line.
	 */
	private static String[] keyForms() {
		String pem = key.json().substring(key.json().indexOf("-----BEGIN"), key.json().indexOf("-----END"));
		String[] lines = pem.split("\\\\n");
		return new String[] { key.json(), lines[1], lines[lines.length / 2], "RSA PRIVATE KEY" };
	}

	private static List<String> assertions() {
		return zitadel.server()
			.tokenRequests()
			.stream()
			.flatMap((request) -> request.formValues("assertion").stream())
			.toList();
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
