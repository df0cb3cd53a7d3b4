package io.github.zitadelstarter.resourceserver.starter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.ZitadelTestServer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A ZITADEL test server with an API, two organizations and two users, and the
 * applications under test that accept its tokens: alice holds reader in her own
 * organization and admin and reader in ACME; bob, of ACME, holds writer there.
 */
final class Zitadel implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final ZitadelTestServer server = ZitadelTestServer.start();

	final ApiApplication api = this.server.userAccess().addApiApplication("Tasks API");

	final Organization acme = this.server.addOrganization("ACME", "acme.localhost");

	final HumanUser alice = this.server.userAccess().addUser("alice", this.server.organization());

	final HumanUser bob = this.server.userAccess().addUser("bob", this.acme);

	Zitadel() {
		this.server.userAccess().grant(this.alice, this.api, this.server.organization(), "reader");
		this.server.userAccess().grant(this.alice, this.api, this.acme, "admin", "reader");
		this.server.userAccess().grant(this.bob, this.api, this.acme, "writer");
	}

	String token(HumanUser user, TokenFormat format) {
		return this.server.userAccess().accessToken(user, this.api, format);
	}

	@Override
	public void close() {
		this.server.close();
	}

	static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type,
			List<String> properties) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--spring.reactor.netty.shutdown-quiet-period=100ms"));
		properties.forEach((property) -> arguments.add("--" + property));
		return new SpringApplicationBuilder(application).web(type).run(arguments.toArray(String[]::new));
	}

	static HttpResponse<String> get(ConfigurableApplicationContext application, String path, String token) {
		int port = ((WebServerApplicationContext) application).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The ways the starter checks tokens, and the properties that choose each.
	 */
	enum Mode {

		JWT(TokenFormat.JWT), OPAQUE_WITH_SECRET(TokenFormat.OPAQUE), OPAQUE_WITH_KEY(TokenFormat.OPAQUE);

		final TokenFormat format;

		Mode(TokenFormat format) {
			this.format = format;
		}

		List<String> properties(Zitadel zitadel) {
			ApiApplication api = zitadel.api;
			List<String> properties = new ArrayList<>(List.of("zitadel.domain=" + zitadel.server.origin(),
					"zitadel.resource-server.project-id=" + api.projectId(),
					"zitadel.resource-server.public-paths=/public/**"));
			switch (this) {
				case JWT -> properties.add("zitadel.resource-server.token-type=jwt");
				case OPAQUE_WITH_SECRET -> properties.addAll(List.of("zitadel.resource-server.token-type=opaque",
						"zitadel.resource-server.client-id=" + api.clientId(),
						"zitadel.resource-server.client-secret=" + api.clientSecret()));
				case OPAQUE_WITH_KEY -> properties.addAll(List.of("zitadel.resource-server.token-type=opaque",
						"zitadel.resource-server.key=" + api.keyJson()));
			}
			return properties;
		}

	}

}
