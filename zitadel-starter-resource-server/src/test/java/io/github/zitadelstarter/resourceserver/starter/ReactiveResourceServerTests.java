package io.github.zitadelstarter.resourceserver.starter;

import io.github.zitadelstarter.resourceserver.ZitadelUser;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link ResourceServerBehaviour} of a WebFlux application.
 */
class ReactiveResourceServerTests extends ResourceServerBehaviour {

	@Override
	Class<?> application() {
		return WebFluxApplication.class;
	}

	@Override
	WebApplicationType type() {
		return WebApplicationType.REACTIVE;
	}

	@Override
	Class<?> filterChainType() {
		return SecurityWebFilterChain.class;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableReactiveMethodSecurity
	@Import(TasksController.class)
	static class WebFluxApplication {

	}

	@RestController
	static class TasksController {

		@GetMapping("/tasks")
		@PreAuthorize("hasRole('reader')")
		Mono<String> tasks(Authentication authentication) {
			return Mono.just("tasks of " + authentication.getName());
		}

		@GetMapping("/organizations/{organizationId}/settings")
		@PreAuthorize("hasRole('admin@' + #organizationId)")
		Mono<String> settings(@PathVariable String organizationId) {
			return Mono.just("settings of " + organizationId);
		}

		@GetMapping("/me")
		Mono<String> me(Authentication authentication) {
			return Mono.just(Users.describe(ZitadelUser.of(authentication)));
		}

		@GetMapping("/authorities")
		Mono<String> authorities(Authentication authentication) {
			return Mono.just(Users.authorities(authentication));
		}

		@GetMapping("/public/ping")
		Mono<String> ping() {
			return Mono.just("pong");
		}

	}

}
