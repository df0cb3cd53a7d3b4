package io.github.zitadelstarter.sample.resourceserver;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.UserAccess;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link TaskController} with real tokens of the ZITADEL test server, which the
 * application verifies with the server's keys.
 */
@WebMvcTest(controllers = TaskController.class)
class TaskControllerWithTestServerTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	static ApiApplication api;

	static HumanUser alice;

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	static void grantRoles() {
		UserAccess access = zitadel.server().userAccess();
		api = access.addApiApplication("Tasks API");
		alice = access.addUser("alice", zitadel.server().organization());
		access.grant(alice, api, zitadel.server().organization(), "reader");
	}

	@DynamicPropertySource
	static void pointAtTheTestServer(DynamicPropertyRegistry registry) {
		registry.add("zitadel.domain", () -> zitadel.server().origin());
		registry.add("zitadel.resource-server.project-id", () -> api.projectId());
	}

	@Test
	void readerWithARealToken() throws Exception {
		String token = zitadel.server().userAccess().accessToken(alice, api, TokenFormat.JWT);
		this.mvc.perform(get("/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void expiredToken() throws Exception {
		String token = zitadel.server().userAccess().expiredAccessToken(alice, api, TokenFormat.JWT);
		this.mvc.perform(get("/tasks").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void userWithoutTheRole() throws Exception {
		HumanUser bob = zitadel.server().userAccess().addUser("bob", zitadel.server().organization());
		String token = zitadel.server().userAccess().accessToken(bob, api, TokenFormat.JWT);
		this.mvc.perform(get("/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
	}

}
