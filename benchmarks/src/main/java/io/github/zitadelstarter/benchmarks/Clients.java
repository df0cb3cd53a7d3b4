package io.github.zitadelstarter.benchmarks;

import java.time.Duration;
import java.util.Map;

import io.github.zitadelstarter.autoconfigure.ZitadelAutoConfiguration;
import io.github.zitadelstarter.autoconfigure.ZitadelHealthContributorAutoConfiguration;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.ZitadelTestServer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServletOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The three ways of calling ZITADEL that the benchmarks compare, all built from Boot's
 * builders of one application so that they share connectors and codecs: the starter's
 * clients, clients with a static Authorization header (the floor), and Spring Security
 * wired by hand as its reference documentation shows.
 */
final class Clients implements AutoCloseable {

	static final String PATH = "/management/v1/orgs/me";

	private final ConfigurableApplicationContext context;

	private final Map<String, String> zitadelProperties;

	/**
	 * Start the application that builds the clients.
	 * @param zitadelProperties zitadel.domain, zitadel.client-id and zitadel.client-secret
	 * of the ZITADEL test server to call
	 * @param configurations further configuration of the application, such as customizers
	 * of Boot's client builders
	 */
	Clients(Map<String, String> zitadelProperties, Class<?>... configurations) {
		this.zitadelProperties = Map.copyOf(zitadelProperties);
		this.context = start(zitadelProperties, true, configurations);
	}

	static ConfigurableApplicationContext start(Map<String, String> zitadelProperties, boolean withStarter,
			Class<?>... configurations) {
		return application(zitadelProperties, withStarter).sources(configurations).run();
	}

	/**
	 * Return the minimal application, with or without the starter's auto-configurations.
	 */
	static SpringApplicationBuilder application(Map<String, String> zitadelProperties, boolean withStarter) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(MinimalApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "warn",
					"spring.reactor.netty.shutdown-quiet-period", "100ms"))
			.properties(Map.copyOf(zitadelProperties));
		if (!withStarter) {
			application.properties(Map.of("spring.autoconfigure.exclude", ZitadelAutoConfiguration.class.getName() + ","
					+ ZitadelHealthContributorAutoConfiguration.class.getName()));
		}
		return application;
	}

	WebClient starterWebClient() {
		return this.context.getBean("zitadelWebClient", WebClient.class);
	}

	RestClient starterRestClient() {
		return this.context.getBean("zitadelRestClient", RestClient.class);
	}

	WebClient floorWebClient() {
		return this.context.getBean(WebClient.Builder.class)
			.baseUrl(origin())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + staticToken())
			.build();
	}

	RestClient floorRestClient() {
		return this.context.getBean(RestClient.Builder.class)
			.baseUrl(origin())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + staticToken())
			.build();
	}

	WebClient springSecurityWebClient() {
		ServletOAuth2AuthorizedClientExchangeFilterFunction oauth2 = new ServletOAuth2AuthorizedClientExchangeFilterFunction(
				springSecurityManager());
		oauth2.setDefaultClientRegistrationId("zitadel");
		return this.context.getBean(WebClient.Builder.class)
			.baseUrl(origin())
			.apply(oauth2.oauth2Configuration())
			.build();
	}

	RestClient springSecurityRestClient() {
		OAuth2ClientHttpRequestInterceptor oauth2 = new OAuth2ClientHttpRequestInterceptor(springSecurityManager());
		oauth2.setClientRegistrationIdResolver((request) -> "zitadel");
		return this.context.getBean(RestClient.Builder.class)
			.baseUrl(origin())
			.requestInterceptor(oauth2)
			.build();
	}

	private String origin() {
		return this.zitadelProperties.get("zitadel.domain");
	}

	private String staticToken() {
		return this.context.getBean(ZitadelTokenManager.class).getAccessToken().getTokenValue();
	}

	private AuthorizedClientServiceOAuth2AuthorizedClientManager springSecurityManager() {
		ClientRegistration registration = ClientRegistration.withRegistrationId("zitadel")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientId(this.zitadelProperties.get("zitadel.client-id"))
			.clientSecret(this.zitadelProperties.get("zitadel.client-secret"))
			.scope("openid", "profile", "email", ZitadelTestServer.ZITADEL_AUDIENCE_SCOPE)
			.tokenUri(origin() + "/oauth/v2/token")
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

	static void call(WebClient client, Duration timeout) {
		client.get().uri(PATH).retrieve().toBodilessEntity().block(timeout);
	}

	static void call(RestClient client) {
		client.get().uri(PATH).retrieve().toBodilessEntity();
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MinimalApplication {

	}

}
