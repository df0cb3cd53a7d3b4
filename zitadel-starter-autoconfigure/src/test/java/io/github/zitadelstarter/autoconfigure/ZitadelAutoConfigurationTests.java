package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.authorization.AuthorizationService;
import io.github.zitadelstarter.api.organization.OrganizationService;
import io.github.zitadelstarter.api.project.ProjectService;
import io.github.zitadelstarter.api.user.UserService;
import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link ZitadelAutoConfiguration}. None of them touches the network: the
 * domain points at a closed loopback port.
 */
@ExtendWith(OutputCaptureExtension.class)
class ZitadelAutoConfigurationTests {

	private static final String[] PROPERTIES = { "zitadel.domain=http://127.0.0.1:9", "zitadel.client-id=service-user",
			"zitadel.client-secret=top-secret-value" };

	private static final List<Class<?>> SPRING_SECURITY_CLIENT_TYPES = List.of(ClientRegistrationRepository.class,
			ReactiveClientRegistrationRepository.class, OAuth2AuthorizedClientService.class,
			ReactiveOAuth2AuthorizedClientService.class, OAuth2AuthorizedClientRepository.class,
			ServerOAuth2AuthorizedClientRepository.class, OAuth2AuthorizedClientManager.class,
			ReactiveOAuth2AuthorizedClientManager.class, OAuth2AuthorizedClientProvider.class,
			ReactiveOAuth2AuthorizedClientProvider.class, OAuth2AccessTokenResponseClient.class,
			ReactiveOAuth2AccessTokenResponseClient.class);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues(StarterContexts.SHORT_NETTY_SHUTDOWN)
		.withConfiguration(StarterContexts.HTTP_CLIENTS)
		.withConfiguration(AutoConfigurations.of(ZitadelAutoConfiguration.class));

	@Test
	void providesTokenManagerAndBothClientsWhenConfigured() {
		this.contextRunner.withPropertyValues(PROPERTIES).run((context) -> {
			assertThat(context).hasSingleBean(ZitadelTokenManager.class);
			assertThat(context).hasSingleBean(ZitadelConnectionDetails.class);
			assertThat(context).getBean("zitadelWebClient").isInstanceOf(WebClient.class);
			assertThat(context).getBean("zitadelRestClient").isInstanceOf(RestClient.class);
			assertThat(context.getBean(ZitadelConnectionDetails.class).getOrigin())
				.isEqualTo(URI.create("http://127.0.0.1:9"));
		});
	}

	@Test
	void providesTheTypedApiForBlockingAndReactiveCallers() {
		this.contextRunner.withPropertyValues(PROPERTIES).run((context) -> {
			assertThat(context).hasSingleBean(Zitadel.class).hasSingleBean(ReactiveZitadel.class);
			Zitadel zitadel = context.getBean(Zitadel.class);
			assertThat(zitadel.users()).isNotNull();
			assertThat(zitadel.organizations()).isNotNull();
			assertThat(zitadel.projects()).isNotNull();
			assertThat(zitadel.authorizations()).isNotNull();
		});
	}

	@Test
	void theTypedApiBacksOffWhenTheUserDefinesIt() {
		Zitadel own = new Zitadel(mock(UserService.class), mock(OrganizationService.class), mock(ProjectService.class),
				mock(AuthorizationService.class));
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withBean("myZitadel", Zitadel.class, () -> own)
			.run((context) -> assertThat(context).getBean(Zitadel.class).isSameAs(own));
	}

	@Test
	void theTypedApiNeedsJackson3AndTheReactiveOneWebFlux() {
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withClassLoader(new FilteredClassLoader(JsonMapper.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Zitadel.class)
				.doesNotHaveBean(ReactiveZitadel.class)
				.hasBean("zitadelRestClient"));
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasSingleBean(Zitadel.class).doesNotHaveBean(ReactiveZitadel.class));
	}

	@Test
	void isInertWithoutZitadelPropertiesAndTheConditionReportSaysWhy() {
		this.contextRunner.withPropertyValues("zitadel.organization-id=1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(ZitadelTokenManager.class);
				assertThat(context).doesNotHaveBean("zitadelWebClient");
				assertThat(context).doesNotHaveBean(Zitadel.class).doesNotHaveBean(ReactiveZitadel.class);
				assertThat(conditionReport(context)).contains("zitadel.domain is not set");
			});
	}

	@Test
	void failsAskingForTheDomainWhenOnlyTheCredentialsAreSet() {
		this.contextRunner.withPropertyValues("zitadel.client-id=service-user", "zitadel.client-secret=s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("zitadel.domain: it is not set"));
	}

	@Test
	void isInertWithBlankDomainEvenWhenTheCredentialsAreSet() {
		this.contextRunner.withPropertyValues("zitadel.domain= ", "zitadel.client-id=service-user")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ZitadelTokenManager.class));
	}

	@Test
	void anApplicationWithoutWebFluxStillGetsTheRestClient() {
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(ZitadelTokenManager.class);
				assertThat(context).getBean("zitadelRestClient").isInstanceOf(RestClient.class);
				assertThat(context).doesNotHaveBean("zitadelWebClient");
			});
	}

	@Test
	void resourceServerSettingsWithoutAServiceUserCredentialLeaveTheClientSideOff() {
		this.contextRunner
			.withPropertyValues("zitadel.domain=my-instance.zitadel.cloud", "zitadel.resource-server.project-id=1234")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(ZitadelTokenManager.class);
				assertThat(conditionReport(context))
					.contains("zitadel.domain is set for zitadel.resource-server only, without a service-user credential");
			});
	}

	@Test
	void resourceServerSettingsBesideAServiceUserCredentialKeepTheClientSide() {
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withPropertyValues("zitadel.resource-server.project-id=1234")
			.run((context) -> assertThat(context).hasSingleBean(ZitadelTokenManager.class));
	}

	@Test
	void isInertWhenDisabled() {
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withPropertyValues("zitadel.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ZitadelTokenManager.class).doesNotHaveBean(Zitadel.class);
				assertThat(conditionReport(context)).contains("zitadel.enabled");
			});
	}

	@Test
	void failsNamingClientIdWhenItIsMissing() {
		this.contextRunner.withPropertyValues("zitadel.domain=my-instance.zitadel.cloud", "zitadel.client-secret=s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidZitadelPropertyException.class)
				.hasMessage("zitadel.client-id: it is not set"));
	}

	@Test
	void failsNamingClientSecretWhenItIsMissing() {
		this.contextRunner.withPropertyValues("zitadel.domain=my-instance.zitadel.cloud", "zitadel.client-id=svc")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("zitadel.client-secret: it is not set"));
	}

	@Test
	void failureAnalysisNamesThePropertyAndTheFixButNeverTheSecret() {
		this.contextRunner
			.withPropertyValues("zitadel.domain=https://my-instance.zitadel.cloud/ui/console",
					"zitadel.client-id=service-user", "zitadel.client-secret=top-secret-value")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidZitadelPropertyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'zitadel.domain'").contains("path '/ui/console'");
				assertThat(analysis.getAction()).contains("Set zitadel.domain");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("top-secret-value");
			});
	}

	@Test
	void scopesGivenAsOneStringAreSplitAndOpenidComesFirst() {
		ZitadelProperties properties = new ZitadelProperties();
		properties.setScopes(List.of("profile email urn:zitadel:iam:org:project:id:zitadel:aud", "openid,email", " "));
		assertThat(properties.requestedScopes()).containsExactly("openid", "profile", "email", "urn:zitadel:iam:org:project:id:zitadel:aud");
	}

	@Test
	void warnsOnceWhenTheScopesLackZitadelsAudience(CapturedOutput output) {
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withPropertyValues("zitadel.scopes=openid,profile")
			.run((context) -> {
				context.getBean(ZitadelTokenManager.class);
				assertThat(output).containsOnlyOnce("zitadel.scopes does not contain urn:zitadel:iam:org:project:id:zitadel:aud")
					.contains("invalid audience (APP-Zxfako)");
			});
	}

	@Test
	void doesNotWarnWithTheDefaultScopes(CapturedOutput output) {
		this.contextRunner.withPropertyValues(PROPERTIES)
			.run((context) -> {
				context.getBean(ZitadelTokenManager.class);
				assertThat(output).doesNotContain("zitadel.scopes does not contain");
			});
	}

	@Test
	void publishesNoBeanOfSpringSecuritysClientTypes() {
		this.contextRunner.withPropertyValues(PROPERTIES).run((context) -> {
			assertThat(context).hasSingleBean(ZitadelTokenManager.class);
			for (Class<?> type : SPRING_SECURITY_CLIENT_TYPES) {
				assertThat(context.getBeanNamesForType(type)).as(type.getName()).isEmpty();
			}
		});
	}

	@Test
	void backsOffWhenTheUserDefinesTheBeans() {
		this.contextRunner.withPropertyValues(PROPERTIES).withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context).getBean(ZitadelTokenManager.class).isSameAs(context.getBean("userTokenManager"));
			assertThat(context).getBean("zitadelWebClient").isSameAs(UserBeans.WEB_CLIENT);
			assertThat(context).getBean("zitadelRestClient").isSameAs(UserBeans.REST_CLIENT);
		});
	}

	@Test
	void usesConnectionDetailsBeanInsteadOfProperties() {
		this.contextRunner.withBean(ZitadelConnectionDetails.class, () -> new ZitadelConnectionDetails() {
			@Override
			public URI getOrigin() {
				return URI.create("http://127.0.0.1:9");
			}

			@Override
			public ZitadelCredential getCredential() {
				return ZitadelCredential.clientSecret("from-bean", "secret");
			}
		}).run((context) -> {
			assertThat(context).hasSingleBean(ZitadelTokenManager.class);
			assertThat(context).hasSingleBean(ZitadelConnectionDetails.class);
			assertThat(context).doesNotHaveBean(PropertiesZitadelConnectionDetails.class);
		});
	}

	@Test
	void usesConnectionDetailsFromABeanMethodWithoutAnyProperty() {
		this.contextRunner.withUserConfiguration(UserConnectionDetails.class).run((context) -> {
			assertThat(context).hasSingleBean(ZitadelTokenManager.class);
			assertThat(context).getBean(ZitadelConnectionDetails.class)
				.isSameAs(context.getBean("userConnectionDetails"));
			assertThat(context).doesNotHaveBean(PropertiesZitadelConnectionDetails.class);
		});
	}

	@Test
	void warnsAboutAnExpiredKeyOfAConnectionDetailsBean(CapturedOutput output) {
		ZitadelCredential.ServiceUserKey key = ZitadelCredential
			.key(KeyFiles.json("serviceaccount", "1234", KeyFiles.pkcs8RsaPem(), "5678"));
		ZitadelCredential.ServiceUserKey expired = new ZitadelCredential.ServiceUserKey(key.keyId(), key.userId(),
				key.privateKey(), Instant.parse("2026-01-01T00:00:00Z"));
		this.contextRunner.withBean(ZitadelConnectionDetails.class, () -> new ZitadelConnectionDetails() {
			@Override
			public URI getOrigin() {
				return URI.create("http://127.0.0.1:9");
			}

			@Override
			public ZitadelCredential getCredential() {
				return expired;
			}
		}).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).containsOnlyOnce("The ZITADEL key 1234 expired on 2026-01-01T00:00:00Z")
				.doesNotContain("PRIVATE KEY");
		});
	}

	@Test
	void doesNotHijackUnqualifiedClientInjection() {
		this.contextRunner.withPropertyValues(PROPERTIES).withUserConfiguration(UnqualifiedInjection.class)
			.run((context) -> {
				UnqualifiedInjection injection = context.getBean(UnqualifiedInjection.class);
				assertThat(injection.webClients.getIfAvailable()).isNull();
				assertThat(injection.restClients.getIfAvailable()).isNull();
				assertThat(injection.zitadelWebClient).isSameAs(context.getBean("zitadelWebClient"));
			});
	}

	@Test
	void doesNotClashWithTheApplicationsOwnWebClient() {
		this.contextRunner.withPropertyValues(PROPERTIES)
			.withBean("applicationWebClient", WebClient.class, () -> UserBeans.WEB_CLIENT)
			.withUserConfiguration(UnqualifiedInjection.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				UnqualifiedInjection injection = context.getBean(UnqualifiedInjection.class);
				assertThat(injection.webClients.getIfUnique()).isSameAs(UserBeans.WEB_CLIENT);
				assertThat(injection.zitadelWebClient).isNotSameAs(UserBeans.WEB_CLIENT);
			});
	}

	@Test
	void keepsServletApplicationsOwnOAuth2ClientRegistrations() {
		new WebApplicationContextRunner().withPropertyValues(StarterContexts.SHORT_NETTY_SHUTDOWN)
			.withConfiguration(StarterContexts.HTTP_CLIENTS)
			.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
					ServletWebSecurityAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
					OAuth2ClientWebSecurityAutoConfiguration.class, ZitadelAutoConfiguration.class))
			.withPropertyValues(PROPERTIES)
			.withPropertyValues(githubRegistration())
			.run((context) -> {
				assertThat(context).hasSingleBean(ZitadelTokenManager.class);
				ClientRegistrationRepository registrations = context.getBean(ClientRegistrationRepository.class);
				assertThat(registrations.findByRegistrationId("github")).isNotNull();
				assertThat(registrations.findByRegistrationId("zitadel")).isNull();
				assertThat(context).getBean(OAuth2AuthorizedClientManager.class)
					.isInstanceOf(DefaultOAuth2AuthorizedClientManager.class);
				assertThat(context).hasSingleBean(OAuth2AuthorizedClientRepository.class);
			});
	}

	@Test
	void keepsReactiveApplicationsOwnOAuth2ClientRegistrations() {
		new ReactiveWebApplicationContextRunner().withPropertyValues(StarterContexts.SHORT_NETTY_SHUTDOWN)
			.withConfiguration(StarterContexts.HTTP_CLIENTS)
			.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
					ReactiveWebSecurityAutoConfiguration.class, ReactiveOAuth2ClientAutoConfiguration.class,
					ReactiveOAuth2ClientWebSecurityAutoConfiguration.class, ZitadelAutoConfiguration.class))
			.withPropertyValues(PROPERTIES)
			.withPropertyValues(githubRegistration())
			.run((context) -> {
				assertThat(context).hasSingleBean(ZitadelTokenManager.class);
				ReactiveClientRegistrationRepository registrations = context
					.getBean(ReactiveClientRegistrationRepository.class);
				assertThat(registrations.findByRegistrationId("github").block()).isNotNull();
				assertThat(registrations.findByRegistrationId("zitadel").block()).isNull();
				assertThat(context).hasSingleBean(ServerOAuth2AuthorizedClientRepository.class);
				assertThat(context).hasSingleBean(ReactiveOAuth2AuthorizedClientManager.class);
				assertThat(context).getBean(ReactiveOAuth2AuthorizedClientManager.class)
					.isInstanceOf(DefaultReactiveOAuth2AuthorizedClientManager.class);
			});
	}

	private static String[] githubRegistration() {
		return new String[] { "spring.security.oauth2.client.registration.github.client-id=github-app",
				"spring.security.oauth2.client.registration.github.client-secret=github-secret" };
	}

	private static String conditionReport(AssertableApplicationContext context) {
		StringBuilder messages = new StringBuilder();
		ConditionEvaluationReport.get(context.getBeanFactory())
			.getConditionAndOutcomesBySource()
			.get(ZitadelAutoConfiguration.class.getName())
			.forEach((conditionAndOutcome) -> messages.append(conditionAndOutcome.getOutcome().getMessage())
				.append('\n'));
		return messages.toString();
	}

	@Configuration(proxyBeanMethods = false)
	static class UserConnectionDetails {

		@Bean
		ZitadelConnectionDetails userConnectionDetails() {
			return new ZitadelConnectionDetails() {

				@Override
				public URI getOrigin() {
					return URI.create("http://127.0.0.1:9");
				}

				@Override
				public ZitadelCredential getCredential() {
					return ZitadelCredential.clientSecret("from-bean-method", "secret");
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		static final WebClient WEB_CLIENT = WebClient.create();

		static final RestClient REST_CLIENT = RestClient.create();

		@Bean
		ZitadelTokenManager userTokenManager(ZitadelConnectionDetails connectionDetails,
				ObjectProvider<ObservationRegistry> observationRegistry) {
			ZitadelProperties properties = new ZitadelProperties();
			return ZitadelClients.tokenManager(properties, connectionDetails,
					new ZitadelHttpClients(properties.getHttp(), null, null), TokenRequests.FetchMode.BLOCKING,
					observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
		}

		@Bean
		WebClient zitadelWebClient() {
			return WEB_CLIENT;
		}

		@Bean
		RestClient zitadelRestClient() {
			return REST_CLIENT;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UnqualifiedInjection {

		final ObjectProvider<WebClient> webClients;

		final ObjectProvider<RestClient> restClients;

		final WebClient zitadelWebClient;

		UnqualifiedInjection(ObjectProvider<WebClient> webClients, ObjectProvider<RestClient> restClients,
				@Qualifier("zitadelWebClient") WebClient zitadelWebClient) {
			this.webClients = webClients;
			this.restClients = restClients;
			this.zitadelWebClient = zitadelWebClient;
		}

	}

}
