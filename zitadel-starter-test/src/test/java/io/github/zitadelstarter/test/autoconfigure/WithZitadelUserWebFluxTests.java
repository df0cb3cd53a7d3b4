package io.github.zitadelstarter.test.autoconfigure;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link WithZitadelUser} in a {@code @WebFluxTest} with {@link WebTestClient}, for an
 * application that introspects opaque tokens.
 */
@WebFluxTest(properties = { "zitadel.domain=https://my-instance.zitadel.cloud",
		"zitadel.resource-server.token-type=opaque", "zitadel.resource-server.client-id=264543198323648513",
		"zitadel.resource-server.client-secret=api-application-secret" })
class WithZitadelUserWebFluxTests {

	private static final String ACME = "259242039378444290";

	@Autowired
	private WebTestClient client;

	@Test
	@WithZitadelUser(roles = "admin@" + ACME)
	void roleInTheOrganization() {
		this.client.get().uri("/organizations/" + ACME + "/settings").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/organizations/" + WithZitadelUser.DEFAULT_ORGANIZATION + "/settings")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void withoutAUserTheTokenIsMissing() {
		this.client.get().uri("/organizations/" + ACME + "/settings").exchange().expectStatus().isUnauthorized();
	}

	@SpringBootApplication
	@Import(SettingsController.class)
	@EnableReactiveMethodSecurity
	static class TasksApplication {

	}

	@RestController
	static class SettingsController {

		@GetMapping("/organizations/{organizationId}/settings")
		@PreAuthorize("hasRole('admin@' + #organizationId)")
		Mono<String> settings(@PathVariable String organizationId) {
			return Mono.just("settings");
		}

	}

}
