package io.github.zitadelstarter.sample.resourceserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.UserAccess;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The in-process ZITADEL test server for the sample at development time: a project
 * "Tasks API" and a user alice, who holds reader and admin in the test organization, with
 * a token of alice in a file (never in the log) for trying the API with curl.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class LocalZitadel implements AutoCloseable {

	static final Path TOKEN_FILE = Path.of("target", "alice.token");

	private static final Log logger = LogFactory.getLog(LocalZitadel.class);

	private final ZitadelTestServer server;

	private final String projectId;

	private LocalZitadel(ZitadelTestServer server, String projectId) {
		this.server = server;
		this.projectId = projectId;
	}

	static LocalZitadel start() {
		ZitadelTestServer server = ZitadelTestServer.start();
		UserAccess access = server.userAccess();
		ApiApplication api = access.addApiApplication("Tasks API");
		HumanUser alice = access.addUser("alice", server.organization());
		access.grant(alice, api, server.organization(), "reader", "admin");
		writeToken(access.accessToken(alice, api, TokenFormat.JWT));
		logger.warn("Calling the in-process ZITADEL test server at " + server.origin()
				+ ". It is a local stand-in, NOT ZITADEL. A token of alice (reader and admin in organization "
				+ server.organization().id() + ") is in " + TOKEN_FILE.toAbsolutePath() + ".");
		return new LocalZitadel(server, api.projectId());
	}

	/**
	 * Return the command-line arguments that point the sample at the test server.
	 */
	List<String> arguments() {
		return List.of("--zitadel.domain=" + this.server.origin(),
				"--zitadel.resource-server.project-id=" + this.projectId);
	}

	@Override
	public void close() {
		this.server.close();
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

}
