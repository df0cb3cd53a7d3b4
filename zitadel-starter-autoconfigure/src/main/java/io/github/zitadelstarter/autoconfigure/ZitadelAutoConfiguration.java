package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelHeaders;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.client.ZitadelTokenManager.FetchMode;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration for calling ZITADEL's APIs as a service user: a
 * {@link ZitadelTokenManager} and the {@code zitadelWebClient} and
 * {@code zitadelRestClient} beans that send its access token.
 * <p>
 * Spring Security's client types (registration repositories, authorized-client services
 * and managers) stay inside the token manager and are never beans, so the application's
 * own OAuth2 client setup is left as it is. The connection details are validated while
 * the context starts; the token manager and the clients are created when first needed,
 * so that an application that does not use them at startup does not pay for them there.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration" })
@ConditionalOnClass({ OAuth2AuthorizedClientManager.class, WebClient.class, RestClient.class,
		HttpClientSettings.class })
@ConditionalOnBooleanProperty(name = "zitadel.enabled", matchIfMissing = true)
@ConditionalOnZitadelConnection
@EnableConfigurationProperties(ZitadelProperties.class)
public final class ZitadelAutoConfiguration {

	static final String REGISTRATION_ID = "zitadel";

	static final String TOKEN_PATH = "/oauth/v2/token";

	@Bean
	@ConditionalOnMissingBean(ZitadelConnectionDetails.class)
	PropertiesZitadelConnectionDetails zitadelConnectionDetails(ZitadelProperties properties) {
		return new PropertiesZitadelConnectionDetails(properties);
	}

	@Bean
	ZitadelHttpClients zitadelHttpClients(ZitadelProperties properties,
			ObjectProvider<HttpClientSettings> applicationSettings, ObjectProvider<SslBundles> sslBundles) {
		return new ZitadelHttpClients(properties.getHttp(), applicationSettings.getIfAvailable(),
				sslBundles.getIfAvailable());
	}

	@Bean(defaultCandidate = false)
	@Lazy
	@ConditionalOnMissingBean(name = "zitadelWebClient")
	@ConditionalOnBean(WebClient.Builder.class)
	WebClient zitadelWebClient(WebClient.Builder builder, ZitadelTokenManager tokenManager,
			ZitadelConnectionDetails connectionDetails, ZitadelProperties properties, ZitadelHttpClients httpClients,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder) {
		ZitadelApiErrorHints errorHints = new ZitadelApiErrorHints();
		errorHints.applyTo(builder);
		return builder
			.clientConnector(httpClients.apiConnector(connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect)))
			.baseUrl(connectionDetails.getOrigin().toString())
			.defaultHeaders((headers) -> zitadelHeaders(properties, headers))
			.filter(new BearerTokenExchangeFilterFunction(tokenManager,
					new ZitadelOrigin(connectionDetails.getOrigin()), errorHints))
			.build();
	}

	@Bean(defaultCandidate = false)
	@Lazy
	@ConditionalOnMissingBean(name = "zitadelRestClient")
	@ConditionalOnBean(RestClient.Builder.class)
	RestClient zitadelRestClient(RestClient.Builder builder, ZitadelTokenManager tokenManager,
			ZitadelConnectionDetails connectionDetails, ZitadelProperties properties, ZitadelHttpClients httpClients,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder) {
		new ZitadelApiErrorHints().applyTo(builder);
		return builder
			.requestFactory(httpClients
				.apiRequestFactory(requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect)))
			.baseUrl(connectionDetails.getOrigin().toString())
			.defaultHeaders((headers) -> zitadelHeaders(properties, headers))
			.requestInterceptor(
					new BearerTokenRequestInterceptor(tokenManager, new ZitadelOrigin(connectionDetails.getOrigin())))
			.build();
	}

	// Defaults: a header set on the request itself, such as ZitadelHeaders.organization(id),
	// replaces them.
	private static void zitadelHeaders(ZitadelProperties properties, HttpHeaders headers) {
		if (StringUtils.hasText(properties.getOrganizationId())) {
			headers.set(ZitadelHeaders.ORGANIZATION_ID, properties.getOrganizationId().trim());
		}
		if (StringUtils.hasText(properties.getInstanceHost())) {
			headers.set(ZitadelHeaders.INSTANCE_HOST, properties.getInstanceHost().trim());
		}
	}

	static ZitadelTokenManager tokenManager(ZitadelProperties properties, ZitadelConnectionDetails connectionDetails,
			ZitadelHttpClients httpClients, FetchMode fetchMode, ObjectProvider<ObservationRegistry> observationRegistry) {
		ZitadelProperties.Token token = properties.getToken();
		TokenEndpointMessages messages = new TokenEndpointMessages(token.getDefaultLifetime(),
				properties.getInstanceHost(), Clock.systemUTC());
		ZitadelTokenManager.Settings settings = new ZitadelTokenManager.Settings(token.getRefreshMargin(),
				token.getRetry().getBudget(), token.getRetry().getInitialBackoff(), token.getRetry().getMaxBackoff());
		ZitadelTokenManager tokenManager = new ZitadelTokenManager(clientRegistration(properties, connectionDetails),
				new BlockingTokenEndpointClient(httpClients, messages),
				new ReactiveTokenEndpointClient(httpClients, messages), fetchMode, settings);
		observationRegistry.ifAvailable(tokenManager::setObservationRegistry);
		return tokenManager;
	}

	static ClientRegistration clientRegistration(ZitadelProperties properties,
			ZitadelConnectionDetails connectionDetails) {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientId(connectionDetails.getClientId())
			.clientSecret(connectionDetails.getClientSecret())
			.clientAuthenticationMethod(switch (properties.getClientAuthenticationMethod()) {
				case CLIENT_SECRET_BASIC -> ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
				case CLIENT_SECRET_POST -> ClientAuthenticationMethod.CLIENT_SECRET_POST;
			})
			.scope(properties.requestedScopes())
			.tokenUri(connectionDetails.getOrigin() + TOKEN_PATH)
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterBinder.class)
	static class MetricsConfiguration {

		@Bean
		ZitadelTokenCacheMetrics zitadelTokenCacheMetrics(ObjectProvider<ZitadelTokenManager> tokenManager) {
			return new ZitadelTokenCacheMetrics(tokenManager);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class ActuatorConfiguration {

		// Actuator masks every value by default; this keeps the secret masked where an
		// application lets the configprops and env endpoints show values.
		@Bean
		SanitizingFunction zitadelClientSecretSanitizingFunction() {
			return SanitizingFunction.sanitizeValue().ifMatches(ActuatorConfiguration::isClientSecret);
		}

		private static boolean isClientSecret(SanitizableData data) {
			String key = data.getLowerCaseKey().replaceAll("[^a-z0-9]", "");
			return key.equals("clientsecret") || key.equals("zitadelclientsecret");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(NotReactiveWebApplicationCondition.class)
	static class BlockingTokenManagerConfiguration {

		@Bean
		@Lazy
		@ConditionalOnMissingBean
		ZitadelTokenManager zitadelTokenManager(ZitadelProperties properties,
				ZitadelConnectionDetails connectionDetails, ZitadelHttpClients httpClients,
				ObjectProvider<ObservationRegistry> observationRegistry) {
			return tokenManager(properties, connectionDetails, httpClients, FetchMode.BLOCKING, observationRegistry);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveTokenManagerConfiguration {

		@Bean
		@Lazy
		@ConditionalOnMissingBean
		ZitadelTokenManager zitadelTokenManager(ZitadelProperties properties,
				ZitadelConnectionDetails connectionDetails, ZitadelHttpClients httpClients,
				ObjectProvider<ObservationRegistry> observationRegistry) {
			return tokenManager(properties, connectionDetails, httpClients, FetchMode.REACTIVE, observationRegistry);
		}

	}

}
