package io.github.zitadelstarter.resourceserver.starter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an application with the resource-server starter does with ZITADEL users' tokens,
 * for each way of checking them, against the ZITADEL test server on loopback. Servlet and
 * reactive applications run the same specification.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResourceServerBehaviour {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<Mode, ConfigurableApplicationContext> applications = new EnumMap<>(Mode.class);

	ZitadelTestServer zitadel;

	ApiApplication api;

	Organization acme;

	HumanUser alice;

	HumanUser bob;

	abstract Class<?> application();

	abstract WebApplicationType type();

	@BeforeAll
	void start() {
		this.zitadel = ZitadelTestServer.start();
		this.api = this.zitadel.userAccess().addApiApplication("Tasks API");
		this.acme = this.zitadel.addOrganization("ACME", "acme.localhost");
		this.alice = this.zitadel.userAccess().addUser("alice", this.zitadel.organization());
		this.bob = this.zitadel.userAccess().addUser("bob", this.acme);
		this.zitadel.userAccess().grant(this.alice, this.api, this.zitadel.organization(), "reader");
		this.zitadel.userAccess().grant(this.alice, this.api, this.acme, "admin", "reader");
		this.zitadel.userAccess().grant(this.bob, this.api, this.acme, "writer");
		for (Mode mode : Mode.values()) {
			this.applications.put(mode, start(mode.properties(this.zitadel, this.api)));
		}
	}

	@AfterAll
	void stop() {
		this.applications.values().forEach(ConfigurableApplicationContext::close);
		this.zitadel.close();
	}

	ConfigurableApplicationContext start(List<String> properties) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--spring.reactor.netty.shutdown-quiet-period=100ms"));
		properties.forEach((property) -> arguments.add("--" + property));
		return new SpringApplicationBuilder(application()).web(type()).run(arguments.toArray(String[]::new));
	}

	HttpResponse<String> get(Mode mode, String path, String token) {
		return get(this.applications.get(mode), path, token);
	}

	HttpResponse<String> get(ConfigurableApplicationContext application, String path, String token) {
		int port = ((WebServerApplicationContext) application).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String token(Mode mode, HumanUser user) {
		return this.zitadel.userAccess().accessToken(user, this.api, mode.format);
	}

	@ParameterizedTest
	@EnumSource
	void roleGrantsAccess(Mode mode) {
		HttpResponse<String> response = get(mode, "/tasks", token(mode, this.alice));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("tasks of " + this.alice.userId());
	}

	@ParameterizedTest
	@EnumSource
	void missingRoleIsForbidden(Mode mode) {
		assertThat(get(mode, "/tasks", token(mode, this.bob)).statusCode()).isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource
	void roleIsCheckedPerOrganization(Mode mode) {
		String token = token(mode, this.alice);
		assertThat(get(mode, "/organizations/" + this.acme.id() + "/settings", token).statusCode()).isEqualTo(200);
		assertThat(get(mode, "/organizations/" + this.zitadel.organization().id() + "/settings", token).statusCode())
			.isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource
	void theUserTheirOrganizationAndRolesAreAvailable(Mode mode) {
		HttpResponse<String> response = get(mode, "/me", token(mode, this.alice));
		assertThat(response.body()).isEqualTo("id=" + this.alice.userId() + " organization="
				+ this.zitadel.organization().id() + " admin in " + List.of(this.acme.id()) + " reader in "
				+ List.of(this.zitadel.organization().id(), this.acme.id()).stream().sorted().toList());
	}

	@ParameterizedTest
	@EnumSource
	void jwtAndOpaqueTokensGiveTheSameAuthorities(Mode mode) {
		String authorities = get(mode, "/authorities", token(mode, this.alice)).body();
		assertThat(authorities).isEqualTo(get(Mode.JWT, "/authorities", token(Mode.JWT, this.alice)).body())
			.isEqualTo(List
				.of("ROLE_admin", "ROLE_admin@" + this.acme.id(), "ROLE_reader", "ROLE_reader@" + this.acme.id(),
						"ROLE_reader@" + this.zitadel.organization().id())
				.stream()
				.sorted()
				.toList()
				.toString());
	}

	@ParameterizedTest
	@EnumSource
	void missingTokenIsUnauthorized(Mode mode) {
		HttpResponse<String> response = get(mode, "/tasks", null);
		assertThat(response.statusCode()).isEqualTo(401);
		// RFC 6750 3.1: no error code when the request has no authentication at all
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((header) -> assertThat(header).startsWith("Bearer").doesNotContain("error"));
	}

	@ParameterizedTest
	@EnumSource
	void expiredTokenIsUnauthorized(Mode mode) {
		assertInvalidToken(get(mode, "/tasks", this.zitadel.userAccess().expiredAccessToken(this.alice, this.api,
				mode.format)));
	}

	@ParameterizedTest
	@EnumSource
	void tokenForAnotherProjectIsUnauthorized(Mode mode) {
		ApiApplication other = this.zitadel.userAccess().addApiApplication("Other API");
		this.zitadel.userAccess().grant(this.alice, other, this.acme, "reader");
		assertInvalidToken(get(mode, "/tasks", this.zitadel.userAccess().accessToken(this.alice, other, mode.format)));
	}

	@ParameterizedTest
	@EnumSource
	void malformedTokenIsUnauthorized(Mode mode) {
		assertInvalidToken(get(mode, "/tasks", "not-a-token"));
	}

	@ParameterizedTest
	@EnumSource
	void publicPathsNeedNoToken(Mode mode) {
		assertThat(get(mode, "/public/ping", null).body()).isEqualTo("pong");
	}

	static void assertInvalidToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(header) -> assertThat(header).startsWith("Bearer error=\"invalid_token\""));
	}

	/**
	 * The ways the starter checks tokens.
	 */
	enum Mode {

		JWT(TokenFormat.JWT), OPAQUE_WITH_SECRET(TokenFormat.OPAQUE), OPAQUE_WITH_KEY(TokenFormat.OPAQUE);

		final TokenFormat format;

		Mode(TokenFormat format) {
			this.format = format;
		}

		List<String> properties(ZitadelTestServer zitadel, ApiApplication api) {
			List<String> properties = new ArrayList<>(List.of("zitadel.domain=" + zitadel.origin(),
					"zitadel.resource-server.project-id=" + api.projectId(),
					"zitadel.resource-server.public-paths=/public/**"));
			switch (this) {
				case JWT -> properties.add("zitadel.resource-server.token-type=jwt");
				case OPAQUE_WITH_SECRET -> properties.addAll(List.of("zitadel.resource-server.token-type=opaque",
						"zitadel.resource-server.client-id=" + api.clientId(),
						"zitadel.resource-server.client-secret=" + api.clientSecret()));
				case OPAQUE_WITH_KEY -> properties.addAll(
						List.of("zitadel.resource-server.token-type=opaque", "zitadel.resource-server.key=" + api.keyJson()));
			}
			return properties;
		}

	}

}
