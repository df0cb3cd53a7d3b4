package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;

import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.autoconfigure.TokenRequests.FetchMode;
import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.client.ZitadelRestClientCustomizer;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.client.ZitadelWebClientCustomizer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.registry.HttpServiceProxyRegistry;

/**
 * Auto-configuration for calling ZITADEL's APIs as a service user: a
 * {@link ZitadelTokenManager} for the service user's credential (a client secret, a key
 * or a personal access token), the {@code zitadelWebClient} and
 * {@code zitadelRestClient} beans that send its access token, the typed API
 * ({@link Zitadel}, {@link ReactiveZitadel}), each when its client library is present
 * (the typed API also needs Jackson 3),
 * and the configuration of the application's {@code zitadel} HTTP service group.
 * <p>
 * Spring Security's client types (registration repositories, authorized-client services
 * and managers) stay inside the token manager and are never beans, so the application's
 * own OAuth2 client setup is left as it is. The connection details, the credential and
 * the HTTP settings are validated while the context starts; the token manager and the
 * clients are created when first needed, so that an application that does not use them
 * at startup does not pay for them there.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration" })
@ConditionalOnClass({ OAuth2AuthorizedClientManager.class, Mono.class, HttpClientSettings.class })
@ConditionalOnBooleanProperty(name = "zitadel.enabled", matchIfMissing = true)
@ConditionalOnZitadelConnection
@EnableConfigurationProperties(ZitadelProperties.class)
@Import(ZitadelSanitizingConfiguration.class)
public final class ZitadelAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ZitadelConnectionDetails.class)
	PropertiesZitadelConnectionDetails zitadelConnectionDetails(ZitadelProperties properties,
			ResourceLoader resourceLoader) {
		return new PropertiesZitadelConnectionDetails(properties, resourceLoader, Clock.systemUTC());
	}

	@Bean
	ZitadelCredentialCheck zitadelCredentialCheck(ZitadelConnectionDetails connectionDetails) {
		return new ZitadelCredentialCheck(connectionDetails, Clock.systemUTC());
	}

	@Bean
	ZitadelHttpClients zitadelHttpClients(ZitadelProperties properties,
			ObjectProvider<HttpClientSettings> applicationSettings, ObjectProvider<SslBundles> sslBundles) {
		return new ZitadelHttpClients(properties.getHttp(), applicationSettings.getIfAvailable(),
				sslBundles.getIfAvailable());
	}

	@Bean
	@Lazy
	ZitadelApiClients zitadelApiClients(ZitadelTokenManager tokenManager, ZitadelConnectionDetails connectionDetails,
			ZitadelProperties properties, ZitadelHttpClients httpClients,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<ZitadelRestClientCustomizer> restClientCustomizers,
			ObjectProvider<ZitadelWebClientCustomizer> webClientCustomizers) {
		return new ZitadelApiClients(tokenManager, connectionDetails, properties, httpClients, requestFactoryBuilder,
				connectorBuilder, restClientCustomizers, webClientCustomizers);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebClient.class)
	static class WebClientConfiguration {

		@Bean(defaultCandidate = false)
		@Lazy
		@ConditionalOnMissingBean(name = "zitadelWebClient")
		@ConditionalOnBean(WebClient.Builder.class)
		WebClient zitadelWebClient(WebClient.Builder builder, ZitadelApiClients clients) {
			return clients.configure(builder, true, clients.errorHints()::applyTo).build();
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(JsonMapper.class)
		static class ReactiveTypedApiConfiguration {

			@Bean
			@Lazy
			@ConditionalOnMissingBean
			@ConditionalOnBean(WebClient.Builder.class)
			ReactiveZitadel zitadelReactiveApi(WebClient.Builder builder, ZitadelApiClients clients) {
				JsonMapper json = ZitadelJson.mapper();
				return ConnectClients.reactiveZitadel(
						clients.configure(builder, true, new ConnectErrors(json, clients.errorHints())::applyTo), json);
			}

		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(HttpServiceClientProperties.class)
		@ConditionalOnBean(HttpServiceProxyRegistry.class)
		static class HttpServiceGroupConfiguration {

			@Bean
			ZitadelWebClientHttpServiceGroupConfigurer zitadelWebClientHttpServiceGroupConfigurer(
					ObjectProvider<ZitadelApiClients> clients,
					ObjectProvider<HttpServiceClientProperties> groupProperties) {
				return new ZitadelWebClientHttpServiceGroupConfigurer(clients, groupProperties);
			}

		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestClient.class)
	static class RestClientConfiguration {

		@Bean(defaultCandidate = false)
		@Lazy
		@ConditionalOnMissingBean(name = "zitadelRestClient")
		@ConditionalOnBean(RestClient.Builder.class)
		RestClient zitadelRestClient(RestClient.Builder builder, ZitadelApiClients clients) {
			return clients.configure(builder, true, clients.errorHints()::applyTo).build();
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(JsonMapper.class)
		static class TypedApiConfiguration {

			@Bean
			@Lazy
			@ConditionalOnMissingBean
			@ConditionalOnBean(RestClient.Builder.class)
			Zitadel zitadelApi(RestClient.Builder builder, ZitadelApiClients clients) {
				JsonMapper json = ZitadelJson.mapper();
				return ConnectClients.zitadel(
						clients.configure(builder, true, new ConnectErrors(json, clients.errorHints())::applyTo), json);
			}

		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(HttpServiceClientProperties.class)
		@ConditionalOnBean(HttpServiceProxyRegistry.class)
		static class HttpServiceGroupConfiguration {

			@Bean
			ZitadelRestClientHttpServiceGroupConfigurer zitadelRestClientHttpServiceGroupConfigurer(
					ObjectProvider<ZitadelApiClients> clients,
					ObjectProvider<HttpServiceClientProperties> groupProperties) {
				return new ZitadelRestClientHttpServiceGroupConfigurer(clients, groupProperties);
			}

		}

	}

	/**
	 * The starter's token manager, unless the application defines its own.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(ZitadelTokenManager.class)
	static class TokenManagerConfiguration {

		// Reactive applications fetch tokens without blocking; the others block on
		// Reactor's bounded-elastic threads.
		@Bean
		@Lazy
		ZitadelTokenManager zitadelTokenManager(ZitadelProperties properties,
				ZitadelConnectionDetails connectionDetails, ZitadelHttpClients httpClients,
				ObjectProvider<ObservationRegistry> observationRegistry, ApplicationContext context) {
			FetchMode fetchMode = (context instanceof ReactiveWebApplicationContext) ? FetchMode.REACTIVE
					: FetchMode.BLOCKING;
			return ZitadelClients.tokenManager(properties, connectionDetails, httpClients, fetchMode,
					observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(MeterBinder.class)
		static class MetricsConfiguration {

			@Bean
			ZitadelTokenCacheMetrics zitadelTokenCacheMetrics(ObjectProvider<ZitadelTokenManager> tokenManager,
					ZitadelConnectionDetails connectionDetails) {
				return new ZitadelTokenCacheMetrics(tokenManager,
						!(connectionDetails.getCredential() instanceof ZitadelCredential.PersonalAccessToken));
			}

		}

	}

}
