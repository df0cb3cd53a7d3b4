package io.github.zitadelstarter.test.autoconfigure;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.UserAccess;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A {@code @WebFluxTest} with opaque tokens from the ZITADEL test server, introspected
 * with the API application's key.
 */
@WebFluxTest(properties = "zitadel.resource-server.token-type=opaque")
@ContextConfiguration(classes = WithZitadelUserWebFluxTests.TasksApplication.class)
class RealTokensWebFluxTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	static ApiApplication api;

	static HumanUser alice;

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void grantRoles() {
		UserAccess access = zitadel.server().userAccess();
		api = access.addApiApplication("Tasks API");
		alice = access.addUser("alice", zitadel.server().organization());
		access.grant(alice, api, zitadel.server().organization(), "admin");
	}

	@DynamicPropertySource
	static void pointAtTheTestServer(DynamicPropertyRegistry registry) {
		registry.add("zitadel.domain", () -> zitadel.server().origin());
		registry.add("zitadel.resource-server.key", () -> api.keyJson());
	}

	@Test
	void opaqueTokenFromTheTestServer() {
		String token = zitadel.server().userAccess().accessToken(alice, api, TokenFormat.OPAQUE);
		this.client.get()
			.uri("/organizations/" + zitadel.server().organization().id() + "/settings")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void expiredToken() {
		String token = zitadel.server().userAccess().expiredAccessToken(alice, api, TokenFormat.OPAQUE);
		this.client.get()
			.uri("/organizations/" + zitadel.server().organization().id() + "/settings")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
