package io.github.zitadelstarter.starter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.zitadelstarter.autoconfigure.ZitadelAutoConfiguration;
import io.github.zitadelstarter.autoconfigure.ZitadelHealthContributorAutoConfiguration;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that adds the starter keeps the HTTP client it had. This module's test
 * class path is that of a Spring MVC application with the starter (the enforcer rule in
 * its pom keeps HTTP client libraries off it), so these tests see what such an
 * application gets: Spring Boot's builders pick the JDK's client, as they would without
 * the starter, and token requests and API calls work over it in servlet, reactive
 * (WebFlux on Tomcat) and non-web applications.
 */
class StarterLeavesApplicationHttpClientsAloneTests {

	private static final String JDK_CLIENT_USER_AGENT = "Java-http-client/";

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	@BeforeEach
	void clearRecordedRequests() {
		zitadel.server().clearRecordedRequests();
	}

	@Test
	void starterBringsNoHttpClientLibrary() {
		// The libraries Spring Boot prefers to the JDK's client, in its order
		assertThat(isPresent("org.apache.hc.client5.http.impl.classic.HttpClients")).isFalse();
		assertThat(isPresent("org.eclipse.jetty.client.HttpClient")).isFalse();
		assertThat(isPresent("reactor.netty.http.client.HttpClient")).isFalse();
		assertThat(isPresent("io.netty.channel.Channel")).isFalse();
	}

	@Test
	void mvcApplicationBuildsItsOwnClientsOnTheHttpClientItHasWithoutTheStarter() {
		ApplicationClients withoutStarter;
		try (ConfigurableApplicationContext application = start(WebApplicationType.SERVLET, false)) {
			assertThat(application.containsBean("zitadelRestClient")).isFalse();
			withoutStarter = ApplicationClients.of(application);
		}
		try (ConfigurableApplicationContext application = start(WebApplicationType.SERVLET, true)) {
			assertThat(application.containsBean("zitadelRestClient")).isTrue();
			assertThat(ApplicationClients.of(application)).isEqualTo(withoutStarter);
		}
		assertThat(withoutStarter.requestFactory()).isEqualTo(JdkClientHttpRequestFactory.class);
		assertThat(withoutStarter.restClientUserAgent()).startsWith(JDK_CLIENT_USER_AGENT);
		assertThat(withoutStarter.webClientUserAgent()).startsWith(JDK_CLIENT_USER_AGENT);
	}

	@ParameterizedTest
	@EnumSource
	void tokenRequestsAndApiCallsWorkOnTheJdkClient(WebApplicationType type) {
		try (ConfigurableApplicationContext application = start(type, true)) {
			ZitadelTokenManager tokenManager = application.getBean(ZitadelTokenManager.class);
			assertThat(tokenManager.accessToken().block()).isNotNull();
			tokenManager.clearCache();
			assertThat(tokenManager.getAccessToken()).isNotNull();
			assertThat(organizationName(application.getBean("zitadelWebClient", WebClient.class)
				.get()
				.uri("/management/v1/orgs/me")
				.retrieve()
				.bodyToMono(String.class)
				.block())).isEqualTo(zitadel.server().organization().name());
			if (type != WebApplicationType.REACTIVE) {
				assertThat(organizationName(application.getBean("zitadelRestClient", RestClient.class)
					.get()
					.uri("/management/v1/orgs/me")
					.retrieve()
					.body(String.class))).isEqualTo(zitadel.server().organization().name());
			}
		}
		assertThat(zitadel.server().tokenRequestCount()).isEqualTo(2);
		assertThat(zitadel.server().requests()).extracting((request) -> request.header("User-Agent"))
			.allSatisfy((userAgent) -> assertThat(userAgent).startsWith(JDK_CLIENT_USER_AGENT));
	}

	@Test
	void startsNoThreadWhileTheApplicationStarts() {
		// Spring Boot's own threads, such as its one-time background initialization, start
		// with the first application of the JVM
		start(WebApplicationType.NONE, false).close();
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		try (ConfigurableApplicationContext application = start(WebApplicationType.NONE, true)) {
			assertThat(application.containsBean("zitadelTokenManager")).isTrue();
			Set<String> started = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((thread) -> !before.contains(thread))
				.map(Thread::getName)
				// The test server's own workers serve whatever earlier tests left on their
				// connections; they are the fixture's, not the application's.
				.filter((name) -> !name.equals("zitadel-test-server"))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(started).isEmpty();
		}
	}

	@Test
	void definesTheBeansTheReadmeNames() {
		Set<String> withoutStarter;
		try (ConfigurableApplicationContext application = start(WebApplicationType.SERVLET, false)) {
			withoutStarter = Set.of(application.getBeanDefinitionNames());
		}
		try (ConfigurableApplicationContext application = start(WebApplicationType.SERVLET, true)) {
			Set<String> added = Arrays.stream(application.getBeanDefinitionNames())
				.filter((name) -> !withoutStarter.contains(name))
				.filter((name) -> !name.startsWith("io.github.zitadelstarter.autoconfigure."))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(added).containsExactly("zitadel-io.github.zitadelstarter.autoconfigure.ZitadelProperties",
					"zitadelApi", "zitadelApiClients", "zitadelConnectionDetails", "zitadelCredentialCheck",
					"zitadelHttpClients", "zitadelReactiveApi", "zitadelRestClient", "zitadelTokenManager",
					"zitadelWebClient");
		}
	}

	private static ConfigurableApplicationContext start(WebApplicationType type, boolean withStarter) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(Application.class).web(type)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
			.properties(Map.copyOf(zitadel.server().properties()));
		if (!withStarter) {
			application.properties("spring.autoconfigure.exclude=" + ZitadelAutoConfiguration.class.getName() + ","
					+ ZitadelHealthContributorAutoConfiguration.class.getName());
		}
		return application.run();
	}

	private static String organizationName(String myOrganization) {
		return myOrganization.replaceFirst("(?s).*\"name\"\\s*:\\s*\"([^\"]*)\".*", "$1");
	}

	private static boolean isPresent(String className) {
		return ClassUtils.isPresent(className, StarterLeavesApplicationHttpClientsAloneTests.class.getClassLoader());
	}

	/**
	 * The HTTP clients an application builds for itself from Spring Boot's builders: the
	 * request factory type a RestClient.Builder gets, and the User-Agent with which a
	 * request of each client arrives (the JDK's client, Reactor Netty, … each send their
	 * own).
	 */
	record ApplicationClients(Class<?> requestFactory, String restClientUserAgent, String webClientUserAgent) {

		static ApplicationClients of(ConfigurableApplicationContext application) {
			String healthz = zitadel.server().origin() + "/debug/healthz";
			application.getBean(RestClient.Builder.class).build().get().uri(healthz).retrieve().toBodilessEntity();
			String restClientUserAgent = lastRequest().header("User-Agent");
			application.getBean(WebClient.Builder.class)
				.build()
				.get()
				.uri(healthz)
				.retrieve()
				.toBodilessEntity()
				.block();
			String webClientUserAgent = lastRequest().header("User-Agent");
			Class<?> requestFactory = application.getBean(ClientHttpRequestFactoryBuilder.class)
				.build(application.getBean(HttpClientSettings.class))
				.getClass();
			return new ApplicationClients(requestFactory, restClientUserAgent, webClientUserAgent);
		}

		private static RecordedRequest lastRequest() {
			List<RecordedRequest> requests = zitadel.server().requests();
			return requests.get(requests.size() - 1);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
