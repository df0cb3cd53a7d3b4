package io.github.zitadelstarter.test.autoconfigure;

import io.github.zitadelstarter.resourceserver.ZitadelUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link WithZitadelUser} in a {@code @WebMvcTest}: role checks of a controller, per
 * organization, in one line each, with no ZITADEL running.
 */
@WebMvcTest(properties = { "zitadel.domain=https://my-instance.zitadel.cloud",
		"zitadel.resource-server.project-id=264543098323648513" })
class WithZitadelUserWebMvcTests {

	private static final String ACME = "259242039378444290";

	@Autowired
	private MockMvc mvc;

	@Test
	@WithZitadelUser(roles = "reader")
	void roleInTheUsersOrganization() throws Exception {
		this.mvc.perform(get("/tasks")).andExpect(status().isOk());
	}

	@Test
	@WithZitadelUser(roles = "writer")
	void missingRole() throws Exception {
		this.mvc.perform(get("/tasks")).andExpect(status().isForbidden());
	}

	@Test
	@WithZitadelUser(roles = "admin@" + ACME)
	void roleInAnotherOrganization() throws Exception {
		this.mvc.perform(get("/organizations/" + ACME + "/settings")).andExpect(status().isOk());
		this.mvc.perform(get("/organizations/" + WithZitadelUser.DEFAULT_ORGANIZATION + "/settings"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithZitadelUser(value = "42", organization = ACME, roles = { "reader", "admin" })
	void theUserAndItsOrganization() throws Exception {
		this.mvc.perform(get("/me"))
			.andExpect(content().string("42 of " + ACME + ": admin in [" + ACME + "], reader in [" + ACME + "]"));
	}

	@Test
	void withoutAUserTheTokenIsMissing() throws Exception {
		this.mvc.perform(get("/tasks"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
	}

	@SpringBootApplication
	@Import(TasksController.class)
	@EnableMethodSecurity
	static class TasksApplication {

	}

	@RestController
	static class TasksController {

		@GetMapping("/tasks")
		@PreAuthorize("hasRole('reader')")
		String tasks() {
			return "tasks";
		}

		@GetMapping("/organizations/{organizationId}/settings")
		@PreAuthorize("hasRole('admin@' + #organizationId)")
		String settings(@PathVariable String organizationId) {
			return "settings";
		}

		@GetMapping("/me")
		String me(Authentication authentication) {
			ZitadelUser user = ZitadelUser.of(authentication);
			return user.id() + " of " + user.organizationId() + ": admin in " + user.organizationsWithRole("admin")
					+ ", reader in " + user.organizationsWithRole("reader");
		}

	}

}
