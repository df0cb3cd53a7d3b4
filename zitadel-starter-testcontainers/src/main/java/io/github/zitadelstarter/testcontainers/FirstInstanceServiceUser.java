package io.github.zitadelstarter.testcontainers;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.testcontainers.containers.ContainerState;

/**
 * The service user that ZITADEL's setup creates in the first instance of a
 * {@link ZitadelContainer}: the environment that asks for it, with a personal access
 * token and a JSON key written into files, and the reading of those files.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class FirstInstanceServiceUser {

	// Written by ZITADEL's setup, which runs as root in the container (the image is built
	// FROM scratch: the root directory is the one that surely exists and root can write)
	static final String PERSONAL_ACCESS_TOKEN_PATH = "/zitadel-admin-sa.pat";

	static final String KEY_PATH = "/zitadel-admin-sa.json";

	// ZITADEL's setup creates the personal access token only when its section has a
	// value, and its expiration date is the one it takes; the key gets the same
	static final String CREDENTIALS_EXPIRATION = "2099-01-01T00:00:00Z";

	private FirstInstanceServiceUser() {
	}

	static Map<String, String> environment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINE_USERNAME", ZitadelContainer.SERVICE_USER_NAME);
		environment.put("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINE_NAME", "Testcontainers service user");
		environment.put("ZITADEL_FIRSTINSTANCE_PATPATH", PERSONAL_ACCESS_TOKEN_PATH);
		environment.put("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_PAT_EXPIRATIONDATE", CREDENTIALS_EXPIRATION);
		environment.put("ZITADEL_FIRSTINSTANCE_MACHINEKEYPATH", KEY_PATH);
		environment.put("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINEKEY_TYPE", "1");
		environment.put("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINEKEY_EXPIRATIONDATE", CREDENTIALS_EXPIRATION);
		return environment;
	}

	static String personalAccessToken(ContainerState container) {
		return readFile(container, PERSONAL_ACCESS_TOKEN_PATH);
	}

	static String keyJson(ContainerState container) {
		return readFile(container, KEY_PATH);
	}

	/**
	 * Read a file ZITADEL's setup wrote, without the line end ZITADEL writes after it.
	 */
	private static String readFile(ContainerState container, String path) {
		return container.copyFileFromContainer(path,
				(InputStream content) -> new String(content.readAllBytes(), StandardCharsets.UTF_8).strip());
	}

}
