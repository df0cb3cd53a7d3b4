package io.github.zitadelstarter.sample.resourceserver;

import java.util.List;

import io.github.zitadelstarter.resourceserver.ZitadelUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks, readable with the role reader in any organization, and each organization's
 * settings, readable with the role admin in that organization.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@RestController
class TaskController {

	@GetMapping("/tasks")
	@PreAuthorize("hasRole('reader')")
	List<String> tasks() {
		return List.of("Write the release notes", "Rotate the API key");
	}

	@GetMapping("/organizations/{organizationId}/settings")
	@PreAuthorize("hasRole('admin@' + #organizationId)")
	String settings(@PathVariable String organizationId) {
		return "Settings of organization " + organizationId;
	}

	@GetMapping("/me")
	String me(Authentication authentication) {
		ZitadelUser user = ZitadelUser.of(authentication);
		return "User " + user.id() + " of organization " + user.organizationId() + ", roles " + user.roles();
	}

}
