package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource server in a WebFlux application under BlockHound: fetching the keys,
 * introspecting with the API application's key (its assertion signed off the event loop)
 * and mapping roles block no non-blocking thread. Runs in a JVM of its own (see the
 * surefire configuration).
 */
class ReactiveResourceServerBlockHoundTests {

	@BeforeAll
	static void installBlockHound() {
		BlockHound.install();
	}

	@Test
	void jwtTokens() {
		assertConcurrentRequestsAreServed(TokenFormat.JWT, List.of());
	}

	@Test
	void opaqueTokensIntrospectedWithTheApplicationsKey() {
		assertConcurrentRequestsAreServed(TokenFormat.OPAQUE, List.of("zitadel.resource-server.token-type=opaque"));
	}

	private void assertConcurrentRequestsAreServed(TokenFormat format, List<String> properties) {
		try (ZitadelTestServer zitadel = ZitadelTestServer.start()) {
			ApiApplication api = zitadel.userAccess().addApiApplication("Tasks API");
			HumanUser alice = zitadel.userAccess().addUser("alice", zitadel.organization());
			String token = zitadel.userAccess().accessToken(alice, api, format);
			List<String> all = new ArrayList<>(List.of("zitadel.domain=" + zitadel.origin(),
					"zitadel.resource-server.project-id=" + api.projectId()));
			all.addAll(properties);
			if (format == TokenFormat.OPAQUE) {
				all.add("zitadel.resource-server.key=" + api.keyJson());
			}
			try (ConfigurableApplicationContext application = TestApplications.start(Api.class,
					WebApplicationType.REACTIVE, all)) {
				WebClient browser = WebClient.create(TestApplications.baseUrl(application));
				// One at a time: concurrent requests make Netty 4.2.18's pooled allocator
				// contend for its lock (Boot 4.1), which BlockHound reports as blocking.
				List<String> answers = Flux.range(0, 16)
					.flatMap((i) -> browser.get()
						.uri("/user")
						.headers((headers) -> headers.setBearerAuth(token))
						.retrieve()
						.bodyToMono(String.class), 1)
					.collectList()
					.block(Duration.ofSeconds(30));
				assertThat(answers).hasSize(16).containsOnly(alice.userId());
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Api {

		@Bean
		RouterFunction<ServerResponse> userRoute() {
			return RouterFunctions.route()
				.GET("/user", (request) -> request.principal()
					.flatMap((principal) -> ServerResponse.ok().bodyValue(principal.getName()))
					.switchIfEmpty(Mono.defer(() -> ServerResponse.status(401).build())))
				.build();
		}

	}

}
