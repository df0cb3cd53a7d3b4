package io.github.zitadelstarter.sample.resourceserver;

import io.github.zitadelstarter.test.autoconfigure.WithZitadelUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The role checks of {@link TaskController}, one line each, with
 * {@link WithZitadelUser} and no ZITADEL running.
 */
@WebMvcTest(controllers = TaskController.class, properties = { "zitadel.domain=https://my-instance.zitadel.cloud",
		"zitadel.resource-server.project-id=264543098323648513" })
class TaskControllerTests {

	private static final String ACME = "259242039378444290";

	@Autowired
	private MockMvc mvc;

	@Test
	@WithZitadelUser(roles = "reader")
	void readersSeeTheTasks() throws Exception {
		this.mvc.perform(get("/tasks")).andExpect(status().isOk());
	}

	@Test
	@WithZitadelUser(roles = "writer")
	void othersDoNot() throws Exception {
		this.mvc.perform(get("/tasks")).andExpect(status().isForbidden());
	}

	@Test
	@WithZitadelUser(roles = "admin@" + ACME)
	void adminsSeeTheSettingsOfTheirOrganizationOnly() throws Exception {
		this.mvc.perform(get("/organizations/" + ACME + "/settings")).andExpect(status().isOk());
		this.mvc.perform(get("/organizations/" + WithZitadelUser.DEFAULT_ORGANIZATION + "/settings"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithZitadelUser(value = "42", organization = ACME, roles = { "reader", "admin" })
	void theUserItsOrganizationAndItsRoles() throws Exception {
		this.mvc.perform(get("/me"))
			.andExpect(content().string("User 42 of organization " + ACME + ", roles [admin, reader]"));
	}

	@Test
	void withoutATokenTheRequestIsUnauthorized() throws Exception {
		this.mvc.perform(get("/tasks"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
	}

}
