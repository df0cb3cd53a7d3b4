package io.github.zitadelstarter.sample.resourceserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.UserAccess;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Lets the sample run out of the box: when no ZITADEL instance is configured, it starts
 * the in-process ZITADEL test server with a project "Tasks API" and a user alice, who
 * holds reader and admin in the test organization, and writes a token of alice to a file
 * (never to the log) for trying the API with curl.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class LocalZitadelEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final Path TOKEN_FILE = Path.of("target", "alice.token");

	private final Log logger;

	LocalZitadelEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(LocalZitadelEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("zitadel.domain"))) {
			return;
		}
		ZitadelTestServer server = ZitadelTestServer.start();
		UserAccess access = server.userAccess();
		ApiApplication api = access.addApiApplication("Tasks API");
		HumanUser alice = access.addUser("alice", server.organization());
		access.grant(alice, api, server.organization(), "reader", "admin");
		writeToken(access.accessToken(alice, api, TokenFormat.JWT));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("localZitadel", Map.of("zitadel.domain", server.origin().toString(),
					"zitadel.resource-server.project-id", api.projectId())));
		application.addListeners(new StopServerOnClose(server));
		this.logger.warn("ZITADEL_DOMAIN is not set: using the in-process ZITADEL test server at " + server.origin()
				+ ". It is a local stand-in, NOT ZITADEL. A token of alice (reader and admin in organization "
				+ server.organization().id() + ") is in " + TOKEN_FILE.toAbsolutePath() + ".");
	}

	private static void writeToken(String token) {
		try {
			Files.createDirectories(TOKEN_FILE.getParent());
			Files.writeString(TOKEN_FILE, token);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the local token to " + TOKEN_FILE.toAbsolutePath(), ex);
		}
	}

	private static final class StopServerOnClose implements ApplicationListener<ContextClosedEvent> {

		private final ZitadelTestServer server;

		StopServerOnClose(ZitadelTestServer server) {
			this.server = server;
		}

		@Override
		public void onApplicationEvent(ContextClosedEvent event) {
			this.server.close();
		}

	}

}
