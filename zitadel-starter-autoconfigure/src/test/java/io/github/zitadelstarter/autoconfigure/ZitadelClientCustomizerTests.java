package io.github.zitadelstarter.autoconfigure;

import java.util.List;

import io.github.zitadelstarter.api.ConnectCode;
import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.ZitadelApiException;
import io.github.zitadelstarter.autoconfigure.StarterContexts.MyOrganization;
import io.github.zitadelstarter.client.ZitadelRestClientCustomizer;
import io.github.zitadelstarter.client.ZitadelWebClientCustomizer;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.service.ReactiveHttpServiceClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.registry.HttpServiceGroup.ClientType;
import org.springframework.web.service.registry.ImportHttpServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ZitadelWebClientCustomizer} and {@link ZitadelRestClientCustomizer} beans shape
 * every client of ZITADEL's APIs (the two clients, the typed API and the zitadel HTTP
 * service group), which still send the service user's token and raise their errors as
 * the starter does.
 */
class ZitadelClientCustomizerTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner())
		.withConfiguration(AutoConfigurations.of(HttpServiceClientPropertiesAutoConfiguration.class,
				HttpServiceClientAutoConfiguration.class, ReactiveHttpServiceClientAutoConfiguration.class))
		.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
		.withBean(ZitadelWebClientCustomizer.class,
				() -> (builder) -> builder.defaultHeader("x-customized-by", "web-client-customizer"))
		.withBean(ZitadelRestClientCustomizer.class,
				() -> (builder) -> builder.defaultHeader("x-customized-by", "rest-client-customizer"));

	@BeforeEach
	void clearRequests() {
		zitadel.server().clearRecordedRequests();
	}

	@Test
	void customizersAddToEachClientWithoutTakingItsToken() {
		String userId = zitadel.server().serviceUser().userId();
		this.contextRunner.withUserConfiguration(RestClientGroup.class).run((context) -> {
			StarterContexts.organizationViaWebClient(context).block();
			StarterContexts.organizationViaRestClient(context);
			context.getBean(ReactiveZitadel.class).users().getUser(userId).block();
			context.getBean(Zitadel.class).users().getUser(userId);
			context.getBean(Organizations.class).myOrganization();
		});
		this.contextRunner.withUserConfiguration(WebClientGroup.class)
			.run((context) -> context.getBean(ReactiveOrganizations.class).myOrganization().block());
		List<RecordedRequest> calls = zitadel.server()
			.requests()
			.stream()
			.filter((request) -> !request.path().equals("/oauth/v2/token"))
			.toList();
		assertThat(calls).extracting((request) -> request.header("x-customized-by"))
			.containsExactly("web-client-customizer", "rest-client-customizer", "web-client-customizer",
					"rest-client-customizer", "rest-client-customizer", "web-client-customizer");
		assertThat(calls).allSatisfy((request) -> assertThat(request.header("Authorization")).startsWith("Bearer "));
	}

	@Test
	void aCustomizersOwnStatusHandlerComesAfterTheTypedApisErrors() {
		this.contextRunner
			.withBean("failingRestClientCustomizer", ZitadelRestClientCustomizer.class,
					() -> (builder) -> builder.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
						throw new IllegalStateException("the customizer's handler");
					}))
			.withBean("failingWebClientCustomizer", ZitadelWebClientCustomizer.class,
					() -> (builder) -> builder.defaultStatusHandler(HttpStatusCode::isError,
							(response) -> Mono.error(new IllegalStateException("the customizer's handler"))))
			.run((context) -> {
				assertThatExceptionOfType(ZitadelApiException.class)
					.isThrownBy(() -> context.getBean(Zitadel.class).users().getUser("4711"))
					.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ConnectCode.NOT_FOUND));
				assertThatExceptionOfType(ZitadelApiException.class)
					.isThrownBy(() -> context.getBean(ReactiveZitadel.class).users().getUser("4711").block())
					.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ConnectCode.NOT_FOUND));
			});
	}

	interface Organizations {

		@GetExchange("/management/v1/orgs/me")
		MyOrganization myOrganization();

	}

	interface ReactiveOrganizations {

		@GetExchange("/management/v1/orgs/me")
		Mono<MyOrganization> myOrganization();

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "zitadel", types = Organizations.class)
	static class RestClientGroup {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "zitadel", types = ReactiveOrganizations.class, clientType = ClientType.WEB_CLIENT)
	static class WebClientGroup {

	}

}
