package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that accepts ZITADEL users' tokens and calls ZITADEL as a service user, each
 * with its own credentials: the users' tokens are introspected as the API application,
 * ZITADEL's API is called with the service user's token.
 */
class ResourceServerBesideClientTests {

	private final ZitadelTestServer zitadel = ZitadelTestServer.start();

	private final ApiApplication api = this.zitadel.userAccess().addApiApplication("Tasks API");

	private final HumanUser alice = this.zitadel.userAccess().addUser("alice", this.zitadel.organization());

	@AfterEach
	void stop() {
		this.zitadel.close();
	}

	@Test
	void eachSideUsesItsOwnCredentials() throws Exception {
		this.zitadel.userAccess().grant(this.alice, this.api, this.zitadel.organization(), "reader");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--zitadel.resource-server.token-type=opaque",
				"--zitadel.resource-server.project-id=" + this.api.projectId(),
				"--zitadel.resource-server.client-id=" + this.api.clientId(),
				"--zitadel.resource-server.client-secret=" + this.api.clientSecret()));
		this.zitadel.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Service.class)
			.web(WebApplicationType.SERVLET)
			.run(arguments.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) application).getWebServer().getPort();
			String token = this.zitadel.userAccess().accessToken(this.alice, this.api, TokenFormat.OPAQUE);
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/organization"))
					.header("Authorization", "Bearer " + token)
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains(this.zitadel.organization().name());
			assertThat(basicUser("/oauth/v2/introspect")).isEqualTo(this.api.clientId());
			assertThat(basicUser("/oauth/v2/token")).isEqualTo(this.zitadel.serviceUser().clientId());
		}
	}

	private String basicUser(String path) {
		RecordedRequest request = this.zitadel.requests()
			.stream()
			.filter((candidate) -> candidate.path().equals(path))
			.findFirst()
			.orElseThrow();
		String credentials = new String(Base64.getDecoder().decode(request.header("Authorization").substring(6)),
				StandardCharsets.UTF_8);
		return URLDecoder.decode(credentials.substring(0, credentials.indexOf(':')), StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableMethodSecurity
	@Import(OrganizationController.class)
	static class Service {

	}

	@RestController
	static class OrganizationController {

		private final RestClient zitadel;

		OrganizationController(@Qualifier("zitadelRestClient") RestClient zitadel) {
			this.zitadel = zitadel;
		}

		@GetMapping("/organization")
		@PreAuthorize("hasRole('reader')")
		String organization() {
			return this.zitadel.get().uri("/management/v1/orgs/me").retrieve().body(String.class);
		}

	}

}
