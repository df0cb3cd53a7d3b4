package io.github.zitadelstarter.resourceserver.starter;

import java.util.List;

import io.github.zitadelstarter.resourceserver.starter.Zitadel.Mode;
import io.github.zitadelstarter.test.TokenFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application's own filter chain replaces the starter's; its
 * {@code oauth2ResourceServer(rs -> rs.jwt(withDefaults()))} still verifies tokens with
 * the starter's decoder and maps ZITADEL's roles.
 */
class OwnFilterChainTests {

	private final Zitadel zitadel = new Zitadel();

	@AfterEach
	void stop() {
		this.zitadel.close();
	}

	@Test
	void servletApplicationKeepsItsChain() {
		try (ConfigurableApplicationContext application = Zitadel.start(MvcApplication.class,
				WebApplicationType.SERVLET, jwtWithoutPublicPaths())) {
			assertThat(application.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("appChain");
			assertThat(application.getBean(JwtDecoder.class)).isNotNull();
			assertOwnRules(application);
		}
	}

	@Test
	void reactiveApplicationKeepsItsChain() {
		try (ConfigurableApplicationContext application = Zitadel.start(WebFluxApplication.class,
				WebApplicationType.REACTIVE, jwtWithoutPublicPaths())) {
			assertThat(application.getBeansOfType(SecurityWebFilterChain.class)).containsOnlyKeys("appChain");
			assertThat(application.getBean(ReactiveJwtDecoder.class)).isNotNull();
			assertOwnRules(application);
		}
	}

	// zitadel.resource-server.public-paths belongs to the starter's chain, not the app's
	private List<String> jwtWithoutPublicPaths() {
		return Mode.JWT.properties(this.zitadel)
			.stream()
			.filter((property) -> !property.startsWith("zitadel.resource-server.public-paths"))
			.toList();
	}

	private void assertOwnRules(ConfigurableApplicationContext application) {
		String alice = this.zitadel.token(this.zitadel.alice, TokenFormat.JWT);
		assertThat(Zitadel.get(application, "/public/ping", null).statusCode()).as("open in the app's chain")
			.isEqualTo(200);
		String acmeSettings = "/organizations/" + this.zitadel.acme.id() + "/settings";
		assertThat(Zitadel.get(application, acmeSettings, alice).statusCode()).isEqualTo(200);
		assertThat(Zitadel.get(application, acmeSettings, this.zitadel.token(this.zitadel.bob, TokenFormat.JWT))
			.statusCode()).isEqualTo(403);
		assertThat(Zitadel.get(application, acmeSettings, "forged").statusCode()).isEqualTo(401);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableMethodSecurity
	@Import(ServletResourceServerTests.TasksController.class)
	static class MvcApplication {

		@Bean
		SecurityFilterChain appChain(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/public/**")
				.permitAll()
				.anyRequest()
				.authenticated());
			http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
			return http.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableReactiveMethodSecurity
	@Import(ReactiveResourceServerTests.TasksController.class)
	static class WebFluxApplication {

		@Bean
		SecurityWebFilterChain appChain(ServerHttpSecurity http) {
			http.authorizeExchange((exchanges) -> exchanges.pathMatchers("/public/**")
				.permitAll()
				.anyExchange()
				.authenticated());
			http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
			return http.build();
		}

	}

}
