package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.user.ListUsersRequest;
import io.github.zitadelstarter.api.user.UserQuery;
import io.github.zitadelstarter.api.user.UserType;
import io.github.zitadelstarter.test.ServiceUserKeyFile;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The starter in a WebFlux application under BlockHound, which fails any blocking call on
 * a non-blocking thread. Runs in a JVM of its own (see the surefire configuration).
 */
class ReactiveApplicationBlockHoundTests {

	private static AuthorizationServer server;

	@BeforeAll
	static void installBlockHoundAndStartServer() {
		BlockHound.install();
		server = AuthorizationServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void blockHoundIsActive() {
		assertThatThrownBy(() -> Mono.fromCallable(() -> {
			Thread.sleep(1);
			return "slept";
		}).subscribeOn(Schedulers.parallel()).block()).hasMessageContaining("Blocking call");
	}

	@Test
	void concurrentRequestsReadTheOrganizationWithoutBlockingAndWithOneTokenRequest() {
		server.clearRecordedRequests();
		try (ConfigurableApplicationContext application = TestApplications.start(ReactiveApplication.class,
				WebApplicationType.REACTIVE, server)) {
			WebClient browser = WebClient.create(TestApplications.baseUrl(application));
			List<String> names = Flux.range(0, 32)
				.flatMap((i) -> browser.get()
					.uri("/organization")
					.headers((headers) -> loggedInEverySecondTime(headers, i))
					.retrieve()
					.bodyToMono(String.class), 32)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(names).hasSize(32).containsOnly("ACME");
			assertThat(server.tokenRequests()).hasSize(1);
			assertThat(server.apiRequests()).hasSize(32);
			assertThat(ZitadelClientsIntegrationTests.bearerTokens(server.apiRequests())).hasSize(1);
		}
	}

	@Test
	void signingTheAssertionsOfAKeyDoesNotBlockEither() {
		try (ZitadelTestServer zitadel = ZitadelTestServer.start()) {
			ServiceUserKeyFile key = zitadel.credentials().addKey(zitadel.serviceUser());
			try (ConfigurableApplicationContext application = TestApplications.start(KeyApplication.class,
					WebApplicationType.REACTIVE,
					List.of("zitadel.domain=" + zitadel.origin(), "zitadel.key-json=" + key.json()))) {
				WebClient browser = WebClient.create(TestApplications.baseUrl(application));
				// One call first: the token request, with its signing, is what this test is
				// about, and the application's first concurrent JSON reads would contend on
				// Jackson's deserializer cache, which BlockHound reports as well.
				assertThat(browser.get().uri("/organization").retrieve().bodyToMono(String.class).block())
					.isEqualTo(zitadel.organization().name());
				List<String> names = Flux.range(0, 31)
					.flatMap((i) -> browser.get().uri("/organization").retrieve().bodyToMono(String.class), 31)
					.collectList()
					.block(Duration.ofSeconds(30));
				assertThat(names).hasSize(31).containsOnly(zitadel.organization().name());
				assertThat(zitadel.tokenRequests()).singleElement()
					.satisfies((request) -> assertThat(request.formValues("assertion")).hasSize(1));
			}
		}
	}

	@Test
	void typedApiCallsDoNotBlockAndAreReplayedAfter401() {
		try (ZitadelTestServer zitadel = ZitadelTestServer.start()) {
			try (ConfigurableApplicationContext application = TestApplications.start(TypedApiApplication.class,
					WebApplicationType.REACTIVE, List.of(StarterContexts.pointingAt(zitadel)))) {
				WebClient browser = WebClient.create(TestApplications.baseUrl(application));
				Flux<String> usernames = Flux.range(0, 16)
					.flatMap((i) -> browser.get().uri("/usernames").retrieve().bodyToMono(String.class), 16);
				assertThat(usernames.collectList().block(Duration.ofSeconds(30))).hasSize(16)
					.containsOnly(zitadel.serviceUser().clientId());
				zitadel.revokeAllTokens();
				assertThat(usernames.collectList().block(Duration.ofSeconds(30))).hasSize(16)
					.containsOnly(zitadel.serviceUser().clientId());
				assertThat(zitadel.tokenRequestCount()).isEqualTo(2);
			}
		}
	}

	private static void loggedInEverySecondTime(HttpHeaders headers, int request) {
		if (request % 2 == 0) {
			headers.setBasicAuth("alice", "alice-password");
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class KeyApplication {

		@Bean
		SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll()).build();
		}

		@Bean
		RouterFunction<ServerResponse> organizationRoute(@Qualifier("zitadelWebClient") WebClient zitadel) {
			return organizationNameRoute(zitadel);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ReactiveApplication {

		@Bean
		SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(
					User.withUsername("alice").password("{noop}alice-password").roles("USER").build());
		}

		@Bean
		RouterFunction<ServerResponse> organizationRoute(@Qualifier("zitadelWebClient") WebClient zitadel) {
			return organizationNameRoute(zitadel);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class TypedApiApplication {

		@Bean
		SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll()).build();
		}

		@Bean
		RouterFunction<ServerResponse> usernamesRoute(ReactiveZitadel zitadel) {
			return RouterFunctions.route()
				.GET("/usernames", (request) -> zitadel.users()
					.streamUsers(ListUsersRequest.of(UserQuery.ofType(UserType.MACHINE)))
					.map(io.github.zitadelstarter.api.user.User::username)
					.collectList()
					.flatMap((usernames) -> ServerResponse.ok().bodyValue(String.join(",", usernames))))
				.build();
		}

	}

	private static RouterFunction<ServerResponse> organizationNameRoute(WebClient zitadel) {
		return RouterFunctions.route()
			.GET("/organization", (request) -> zitadel.get()
				.uri("/management/v1/orgs/me")
				.retrieve()
				.bodyToMono(Organization.Response.class)
				.flatMap((response) -> ServerResponse.ok().bodyValue(response.org().name())))
			.build();
	}

}
