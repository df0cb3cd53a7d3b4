package io.github.zitadelstarter.starter;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that adds the starter, and no security of its own, keeps its endpoints
 * open: the starter brings no Spring Security configuration and no Boot security starter.
 */
class StarterLeavesApplicationSecurityAloneTests {

	@Test
	void starterBringsNoWebSecurity() {
		ClassLoader classLoader = getClass().getClassLoader();
		assertThat(ClassUtils.isPresent("org.springframework.security.config.annotation.web.builders.HttpSecurity",
				classLoader))
			.isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
				classLoader))
			.isFalse();
	}

	@Test
	void springMvcEndpointsStayOpen() {
		try (ConfigurableApplicationContext application = start(MvcApplication.class, WebApplicationType.SERVLET)) {
			assertThat(application.containsBean("zitadelWebClient")).isTrue();
			ResponseEntity<String> response = RestClient.create(baseUrl(application))
				.get()
				.uri("/hello")
				.retrieve()
				.toEntity(String.class);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).isEqualTo("hello");
		}
	}

	@Test
	void webFluxEndpointsStayOpen() {
		try (ConfigurableApplicationContext application = start(WebFluxApplication.class,
				WebApplicationType.REACTIVE)) {
			assertThat(application.containsBean("zitadelWebClient")).isTrue();
			ResponseEntity<String> response = WebClient.create(baseUrl(application))
				.get()
				.uri("/hello")
				.retrieve()
				.toEntity(String.class)
				.block();
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).isEqualTo("hello");
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type) {
		return new SpringApplicationBuilder(application).web(type)
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
					"--zitadel.domain=http://127.0.0.1:9", "--zitadel.client-id=service-user",
					"--zitadel.client-secret=secret");
	}

	private static String baseUrl(ConfigurableApplicationContext application) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class MvcApplication {

		@Bean
		HelloController helloController() {
			return new HelloController();
		}

	}

	@RestController
	static class HelloController {

		@GetMapping("/hello")
		String hello() {
			return "hello";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class WebFluxApplication {

		@Bean
		ReactiveHelloController reactiveHelloController() {
			return new ReactiveHelloController();
		}

	}

	@RestController
	static class ReactiveHelloController {

		@GetMapping("/hello")
		Mono<String> hello() {
			return Mono.just("hello");
		}

	}

}
