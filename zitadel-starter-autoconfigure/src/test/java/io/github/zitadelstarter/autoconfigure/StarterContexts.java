package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.ZitadelTestServer;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Context runners with the starter and Boot's HTTP client auto-configurations, and calls
 * of the ZITADEL test server's organization endpoint through the starter's clients.
 */
final class StarterContexts {

	static final AutoConfigurations HTTP_CLIENTS = AutoConfigurations.of(HttpClientAutoConfiguration.class,
			ImperativeHttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
			WebClientAutoConfiguration.class, RestClientAutoConfiguration.class);

	// A quiet period of zero lets Reactor Netty stop its event loops before the pooled
	// connections are closed on them, which now and then hangs the context's close.
	static final String SHORT_NETTY_SHUTDOWN = "spring.reactor.netty.shutdown-quiet-period=100ms";

	private StarterContexts() {
	}

	static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withStarter(R runner) {
		return runner.withConfiguration(HTTP_CLIENTS)
			.withConfiguration(AutoConfigurations.of(ZitadelAutoConfiguration.class))
			.withPropertyValues(SHORT_NETTY_SHUTDOWN);
	}

	static String[] pointingAt(ZitadelTestServer server) {
		List<String> properties = new ArrayList<>();
		server.properties().forEach((name, value) -> properties.add(name + "=" + value));
		return properties.toArray(String[]::new);
	}

	static Mono<Organization> organizationViaWebClient(ApplicationContext context) {
		return context.getBean("zitadelWebClient", WebClient.class)
			.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.bodyToMono(MyOrganization.class)
			.map(MyOrganization::org)
			.timeout(Duration.ofSeconds(30));
	}

	static Organization organizationViaRestClient(ApplicationContext context) {
		return context.getBean("zitadelRestClient", RestClient.class)
			.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.body(MyOrganization.class)
			.org();
	}

	/**
	 * Body of GET /management/v1/orgs/me.
	 */
	record MyOrganization(Organization org) {

	}

}
