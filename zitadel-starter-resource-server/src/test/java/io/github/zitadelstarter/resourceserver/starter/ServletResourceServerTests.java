package io.github.zitadelstarter.resourceserver.starter;

import io.github.zitadelstarter.resourceserver.ZitadelUser;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link ResourceServerBehaviour} of a Spring MVC application.
 */
class ServletResourceServerTests extends ResourceServerBehaviour {

	@Override
	Class<?> application() {
		return MvcApplication.class;
	}

	@Override
	WebApplicationType type() {
		return WebApplicationType.SERVLET;
	}

	@Override
	Class<?> filterChainType() {
		return SecurityFilterChain.class;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableMethodSecurity
	@Import(TasksController.class)
	static class MvcApplication {

	}

	@RestController
	static class TasksController {

		@GetMapping("/tasks")
		@PreAuthorize("hasRole('reader')")
		String tasks(Authentication authentication) {
			return "tasks of " + authentication.getName();
		}

		@GetMapping("/organizations/{organizationId}/settings")
		@PreAuthorize("hasRole('admin@' + #organizationId)")
		String settings(@PathVariable String organizationId) {
			return "settings of " + organizationId;
		}

		@GetMapping("/me")
		String me(Authentication authentication) {
			return Users.describe(ZitadelUser.of(authentication));
		}

		@GetMapping("/authorities")
		String authorities(Authentication authentication) {
			return Users.authorities(authentication);
		}

		@GetMapping("/public/ping")
		String ping() {
			return "pong";
		}

	}

}
