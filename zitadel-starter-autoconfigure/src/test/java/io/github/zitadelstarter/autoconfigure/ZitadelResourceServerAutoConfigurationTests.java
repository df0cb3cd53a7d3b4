package io.github.zitadelstarter.autoconfigure;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelResourceServerAutoConfiguration} and
 * {@link ZitadelReactiveResourceServerAutoConfiguration}, with Spring Boot's security
 * auto-configurations. None of them touches the network.
 */
class ZitadelResourceServerAutoConfigurationTests {

	private static final String DOMAIN = "zitadel.domain=http://127.0.0.1:9";

	private static final String PROJECT = "zitadel.resource-server.project-id=264543098323648513";

	private static final String[] OPAQUE = { DOMAIN, PROJECT, "zitadel.resource-server.token-type=opaque",
			"zitadel.resource-server.client-id=264543198323648513@tasks",
			"zitadel.resource-server.client-secret=api-app-secret" };

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, ZitadelResourceServerAutoConfiguration.class,
				ZitadelReactiveResourceServerAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(presentClasses(
				// Boot 4.0, then Boot 4.1
				"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
				"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
				"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration")));

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveWebSecurityAutoConfiguration.class,
				ReactiveUserDetailsServiceAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class,
				ZitadelResourceServerAutoConfiguration.class, ZitadelReactiveResourceServerAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(presentClasses(
				"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.reactive.ReactiveOAuth2ResourceServerWebSecurityAutoConfiguration")));

	@Test
	void staysOffWithoutResourceServerProperties() {
		this.servlet.withPropertyValues(DOMAIN).run((context) -> {
			assertThat(context).doesNotHaveBean(ZitadelResourceServerSettings.class);
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
		});
	}

	@Test
	void staysOffWhenDisabled() {
		this.servlet.withPropertyValues(DOMAIN, PROJECT, "zitadel.resource-server.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ZitadelResourceServerSettings.class));
	}

	@Test
	void servletJwtByDefault() {
		this.servlet.withPropertyValues(DOMAIN, PROJECT).run((context) -> {
			assertThat(context).hasSingleBean(JwtDecoder.class);
			assertThat(context).hasSingleBean(JwtAuthenticationConverter.class);
			assertThat(context).doesNotHaveBean(OpaqueTokenIntrospector.class);
			assertThat(context).doesNotHaveBean(ReactiveJwtDecoder.class);
			assertThat(context.getBeansOfType(SecurityFilterChain.class))
				.containsOnlyKeys("zitadelResourceServerSecurityFilterChain");
			assertThat(context).as("no generated password").doesNotHaveBean(UserDetailsService.class);
		});
	}

	@Test
	void servletOpaqueTokens() {
		this.servlet.withPropertyValues(OPAQUE).run((context) -> {
			assertThat(context).getBean(OpaqueTokenIntrospector.class)
				.isInstanceOf(ZitadelOpaqueTokenIntrospector.class);
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
			assertThat(context).hasBean("zitadelResourceServerSecurityFilterChain");
			assertThat(context).doesNotHaveBean(UserDetailsService.class);
		});
	}

	@Test
	void applicationsDecoderAndChainWin() {
		this.servlet.withPropertyValues(DOMAIN, PROJECT).withUserConfiguration(OwnSecurity.class).run((context) -> {
			assertThat(context).getBean(JwtDecoder.class).isSameAs(context.getBean("ownDecoder"));
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("ownChain");
			assertThat(context).hasSingleBean(JwtAuthenticationConverter.class);
		});
	}

	@Test
	void reactiveJwtByDefault() {
		this.reactive.withPropertyValues(DOMAIN, PROJECT).run((context) -> {
			assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
			assertThat(context).hasSingleBean(ReactiveJwtAuthenticationConverter.class);
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
			assertThat(context.getBeansOfType(SecurityWebFilterChain.class))
				.containsOnlyKeys("zitadelResourceServerSecurityWebFilterChain");
			assertThat(context).doesNotHaveBean(ReactiveUserDetailsService.class);
		});
	}

	@Test
	void reactiveOpaqueTokens() {
		this.reactive.withPropertyValues(OPAQUE).run((context) -> {
			assertThat(context).getBean(ReactiveOpaqueTokenIntrospector.class)
				.isInstanceOf(ZitadelReactiveOpaqueTokenIntrospector.class);
			assertThat(context).doesNotHaveBean(ReactiveJwtDecoder.class);
		});
	}

	@Test
	void reactiveApplicationsChainWins() {
		this.reactive.withPropertyValues(DOMAIN, PROJECT)
			.withUserConfiguration(OwnReactiveSecurity.class)
			.run((context) -> {
				assertThat(context.getBeansOfType(SecurityWebFilterChain.class)).containsOnlyKeys("ownChain");
				assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
			});
	}

	@Test
	void masksTheApplicationsCredentialsInActuator() {
		this.servlet.withPropertyValues(OPAQUE).run((context) -> {
			SanitizingFunction function = context.getBean("zitadelCredentialsSanitizingFunction",
					SanitizingFunction.class);
			for (String key : List.of("zitadel.resource-server.client-secret", "zitadel.resource-server.key",
					"ZITADEL_RESOURCESERVER_CLIENTSECRET")) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "api-app-secret")).getValue()).as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			assertThat(function.applyUnlessFiltered(new SanitizableData(null, "zitadel.resource-server.client-id", "app"))
				.getValue()).isEqualTo("app");
		});
	}

	@Test
	void failsWithoutAnAudience() {
		this.servlet.withPropertyValues(DOMAIN, "zitadel.resource-server.authority-prefix=ROLE_")
			.run(failure("zitadel.resource-server.project-id", "no token audience is set",
					"Set zitadel.resource-server.project-id to the ID of the project"));
	}

	@Test
	void failsWithoutTheDomain() {
		this.servlet.withPropertyValues(PROJECT)
			.run(failure("zitadel.domain", "it is not set", "Set zitadel.domain to the instance's domain"));
	}

	@Test
	void failsNamingAPlaceholderNothingResolved() {
		this.servlet.withPropertyValues("zitadel.domain=${ZITADEL_TEST_UNSET_DOMAIN}", PROJECT)
			.run(failure("zitadel.domain", "it holds the unresolved placeholder ${ZITADEL_TEST_UNSET_DOMAIN}",
					"Set the environment variable or property ZITADEL_TEST_UNSET_DOMAIN"));
		this.servlet.withPropertyValues(DOMAIN, "zitadel.resource-server.project-id=${ZITADEL_TEST_UNSET_PROJECT}")
			.run(failure("zitadel.resource-server.project-id",
					"it holds the unresolved placeholder ${ZITADEL_TEST_UNSET_PROJECT}",
					"Set the environment variable or property ZITADEL_TEST_UNSET_PROJECT"));
	}

	@Test
	void failsWithCredentialsButJwtTokens() {
		this.servlet.withPropertyValues(DOMAIN, PROJECT, "zitadel.resource-server.client-id=app",
				"zitadel.resource-server.client-secret=api-app-secret")
			.run(failure("zitadel.resource-server.token-type",
					"it is jwt, but the API application's client secret is set",
					"Set zitadel.resource-server.token-type=opaque"));
	}

	@Test
	void failsToIntrospectWithoutCredentials() {
		this.servlet.withPropertyValues(DOMAIN, "zitadel.resource-server.token-type=opaque")
			.run(failure("zitadel.resource-server.client-secret",
					"opaque tokens are introspected as the API application, but neither its client secret nor its key is set",
					"zitadel.resource-server.key to its JSON key (private_key_jwt)"));
	}

	@Test
	void failsToIntrospectWithTheServiceUsersCredentials() {
		this.servlet
			.withPropertyValues(DOMAIN, "zitadel.resource-server.token-type=opaque", "zitadel.client-id=service-user",
					"zitadel.client-secret=api-app-secret", "zitadel.resource-server.client-id=app",
					"zitadel.resource-server.client-secret=api-app-secret")
			.run(failure("zitadel.resource-server.client-secret",
					"it is the service user's client secret (zitadel.client-secret)", "ZITADEL issue #5559"));
		this.servlet
			.withPropertyValues(DOMAIN, "zitadel.resource-server.token-type=opaque", "zitadel.client-id=service-user",
					"zitadel.resource-server.client-id=service-user",
					"zitadel.resource-server.client-secret=api-app-secret")
			.run(failure("zitadel.resource-server.client-id", "it is the service user's client ID",
					"introspection refuses the service user's"));
	}

	@Test
	void failsToIntrospectWithAServiceUsersKey() {
		String key = "{\"type\":\"serviceaccount\",\"keyId\":\"1\",\"key\":\"-----BEGIN RSA PRIVATE KEY-----\\nMIIB\\n-----END RSA PRIVATE KEY-----\\n\",\"userId\":\"2\"}";
		this.servlet.withPropertyValues(DOMAIN, "zitadel.resource-server.token-type=opaque",
				"zitadel.resource-server.key=" + key)
			.run(failure("zitadel.resource-server.key", "it is a service user's key (\"type\":\"serviceaccount\")",
					"Create a key for the API application"));
	}

	@Test
	void failsToIntrospectWithAKeyThatIsNotOne() {
		this.servlet.withPropertyValues(DOMAIN, "zitadel.resource-server.token-type=opaque",
				"zitadel.resource-server.key={\"type\":\"application\",\"keyId\":\"1\",\"clientId\":\"app\",\"key\":\"api-app-secret\"}")
			.run(failure("zitadel.resource-server.key", "its \"key\" is not an RSA private key in PEM form",
					"Use the JSON file ZITADEL offers for download when you add a key of type JSON to the API application"));
		this.servlet.withPropertyValues(DOMAIN, "zitadel.resource-server.token-type=opaque",
				"zitadel.resource-server.key=api-app-secret")
			.run(failure("zitadel.resource-server.key", "it is not a JSON object",
					"Use the JSON file ZITADEL offers for download when you add a key of type JSON to the API application"));
	}

	@Test
	void failsWithBothSecretAndKey() {
		this.servlet.withPropertyValues(DOMAIN, "zitadel.resource-server.token-type=opaque",
				"zitadel.resource-server.client-id=app", "zitadel.resource-server.client-secret=api-app-secret",
				"zitadel.resource-server.key={}")
			.run(failure("zitadel.resource-server.key", "both the key and the client secret are set", "Set one"));
	}

	@Test
	void failsWithANegativeCacheTimeToLive() {
		this.reactive.withPropertyValues(OPAQUE)
			.withPropertyValues("zitadel.resource-server.introspection.cache-time-to-live=-1s")
			.run(failure("zitadel.resource-server.introspection.cache-time-to-live", "it is negative",
					"Set a duration of 0"));
	}

	/**
	 * Assert that the context failed on a property, with the analysis the failure
	 * analyzer prints, and that the secret value appears nowhere.
	 */
	private static ContextConsumer<ApplicationContextAssertProvider<?>> failure(String property, String problem, String action) {
		return (context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			FailureAnalysis analysis = new InvalidZitadelPropertyFailureAnalyzer().analyze(failure);
			assertThat(analysis).as("analysis of %s", failure).isNotNull();
			assertThat(analysis.getDescription()).startsWith("The ZITADEL starter cannot use property '" + property
					+ "': " + problem);
			assertThat(analysis.getAction()).contains(action);
			assertThat(analysis.getDescription() + analysis.getAction() + failure).doesNotContain("api-app-secret");
		};
	}

	private static Class<?>[] presentClasses(String... names) {
		return Stream.of(names)
			.filter((name) -> ClassUtils.isPresent(name, null))
			.map((name) -> ClassUtils.resolveClassName(name, null))
			.toArray(Class<?>[]::new);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSecurity {

		@Bean
		JwtDecoder ownDecoder() {
			return (token) -> {
				throw new UnsupportedOperationException();
			};
		}

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http) {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnReactiveSecurity {

		@Bean
		SecurityWebFilterChain ownChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll()).build();
		}

	}

}
