package io.github.zitadelstarter.autoconfigure;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.zitadelstarter.autoconfigure.AuthorizationServer.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in a Spring MVC application with logged-in users and in a non-web
 * application, against a real OAuth2 server on loopback.
 */
class ApplicationTypesIntegrationTests {

	private static AuthorizationServer server;

	@BeforeAll
	static void startServer() {
		server = AuthorizationServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@BeforeEach
	void clearRequests() {
		server.clearRecordedRequests();
	}

	@Test
	void servletApplicationUsesOneServiceUserTokenWhateverUserIsLoggedIn() {
		try (ConfigurableApplicationContext application = TestApplications.start(ServletApplication.class,
				WebApplicationType.SERVLET, server)) {
			RestClient browser = RestClient.create(TestApplications.baseUrl(application));
			assertThat(get(browser, "/organization/web-client", "alice")).isEqualTo("ACME seen by alice");
			assertThat(get(browser, "/organization/web-client", "bob")).isEqualTo("ACME seen by bob");
			assertThat(get(browser, "/organization/rest-client", "alice")).isEqualTo("ACME seen by alice");
			assertThat(get(browser, "/organization/rest-client", null)).isEqualTo("ACME seen by nobody");
			assertThat(get(browser, "/organization/web-client", null)).isEqualTo("ACME seen by nobody");
			assertThat(server.tokenRequests()).hasSize(1);
			assertThat(server.apiRequests()).hasSize(5);
			assertThat(ZitadelClientsIntegrationTests.bearerTokens(server.apiRequests())).hasSize(1);
		}
	}

	@Test
	void nonWebApplicationReadsOrganizationFromRunnerAndScheduledTask() throws InterruptedException {
		try (ConfigurableApplicationContext application = TestApplications.start(NonWebApplication.class,
				WebApplicationType.NONE, server)) {
			NonWebApplication nonWeb = application.getBean(NonWebApplication.class);
			assertThat(List.of(nonWeb.names.poll(10, TimeUnit.SECONDS), nonWeb.names.poll(10, TimeUnit.SECONDS)))
				.containsExactlyInAnyOrder("runner: ACME", "scheduled: ACME");
			assertThat(server.tokenRequests()).hasSize(1);
			assertThat(server.apiRequests()).extracting(RecordedRequest::authorization)
				.allSatisfy((authorization) -> assertThat(authorization).startsWith("Bearer "));
		}
	}

	private static String get(RestClient browser, String path, @Nullable String user) {
		return browser.get().uri(path).headers((headers) -> {
			if (user != null) {
				headers.setBasicAuth(user, user + "-password");
			}
		}).retrieve().body(String.class);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ServletApplication {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("alice").password("{noop}alice-password").roles("USER").build(),
					User.withUsername("bob").password("{noop}bob-password").roles("USER").build());
		}

		@Bean
		OrganizationController organizationController(@Qualifier("zitadelWebClient") WebClient webClient,
				@Qualifier("zitadelRestClient") RestClient restClient) {
			return new OrganizationController(webClient, restClient);
		}

	}

	@RestController
	static class OrganizationController {

		private final WebClient webClient;

		private final RestClient restClient;

		OrganizationController(WebClient webClient, RestClient restClient) {
			this.webClient = webClient;
			this.restClient = restClient;
		}

		@GetMapping("/organization/web-client")
		String throughWebClient(@Nullable Principal user) {
			Organization.Response response = this.webClient.get()
				.uri("/management/v1/orgs/me")
				.retrieve()
				.bodyToMono(Organization.Response.class)
				.block(Duration.ofSeconds(10));
			return seenBy(response, user);
		}

		@GetMapping("/organization/rest-client")
		String throughRestClient(@Nullable Principal user) {
			return seenBy(this.restClient.get().uri("/management/v1/orgs/me").retrieve().body(Organization.Response.class),
					user);
		}

		private static String seenBy(Organization.Response response, @Nullable Principal user) {
			return response.org().name() + " seen by " + ((user != null) ? user.getName() : "nobody");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableScheduling
	static class NonWebApplication implements CommandLineRunner {

		final BlockingQueue<String> names = new LinkedBlockingQueue<>();

		private final WebClient webClient;

		private volatile boolean scheduledRan;

		NonWebApplication(@Qualifier("zitadelWebClient") WebClient webClient) {
			this.webClient = webClient;
		}

		@Override
		public void run(String... args) {
			this.names.add("runner: " + readOrganizationName());
		}

		@Scheduled(fixedDelay = 50)
		void readOnSchedule() {
			if (!this.scheduledRan) {
				this.scheduledRan = true;
				this.names.add("scheduled: " + readOrganizationName());
			}
		}

		private String readOrganizationName() {
			return this.webClient.get()
				.uri("/management/v1/orgs/me")
				.retrieve()
				.bodyToMono(Organization.Response.class)
				.block(Duration.ofSeconds(10))
				.org()
				.name();
		}

	}

}
