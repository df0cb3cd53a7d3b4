package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.github.zitadelstarter.client.InvalidZitadelKeyException;
import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * {@link ZitadelConnectionDetails} read from {@link ZitadelProperties}, validated when
 * created so that a misconfigured application fails at startup: the domain, and exactly
 * one credential of the service user (a client secret with its client ID, a key file, a
 * key file's content, or a personal access token). Problems are reported by property,
 * never with a value that may be secret.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class PropertiesZitadelConnectionDetails implements ZitadelConnectionDetails {

	static final String CLIENT_ID = "zitadel.client-id";

	static final String CLIENT_SECRET = "zitadel.client-secret";

	static final String KEY_FILE = "zitadel.key-file";

	static final String KEY_JSON = "zitadel.key-json";

	static final String PERSONAL_ACCESS_TOKEN = "zitadel.personal-access-token";

	private static final String CHOOSE = "Set exactly one credential of the service user: zitadel.key-file (the"
			+ " location of its key file, which ZITADEL recommends), zitadel.key-json (the key file's content),"
			+ " zitadel.personal-access-token, or zitadel.client-id with zitadel.client-secret.";

	private final URI origin;

	private final ZitadelCredential credential;

	PropertiesZitadelConnectionDetails(ZitadelProperties properties, ResourceLoader resourceLoader, Clock clock) {
		this.origin = ZitadelOrigin.originOf(Placeholders.requireResolved("zitadel.domain", properties.getDomain()),
				properties.isAllowInsecureHttp());
		this.credential = credential(properties, resourceLoader, clock);
	}

	@Override
	public URI getOrigin() {
		return this.origin;
	}

	@Override
	public ZitadelCredential getCredential() {
		return this.credential;
	}

	@Override
	public String toString() {
		return "PropertiesZitadelConnectionDetails{origin=" + this.origin + ", credential=" + this.credential + "}";
	}

	private static ZitadelCredential credential(ZitadelProperties properties, ResourceLoader resourceLoader,
			Clock clock) {
		List<String> credentials = new ArrayList<>();
		addIfSet(credentials, CLIENT_SECRET, properties.getClientSecret());
		addIfSet(credentials, KEY_FILE, properties.getKeyFile());
		addIfSet(credentials, KEY_JSON, properties.getKeyJson());
		addIfSet(credentials, PERSONAL_ACCESS_TOKEN, properties.getPersonalAccessToken());
		if (credentials.size() > 1) {
			throw new InvalidZitadelPropertyException(credentials,
					"more than one credential of the service user is set", CHOOSE);
		}
		String chosen = credentials.isEmpty() ? CLIENT_SECRET : credentials.get(0);
		return switch (chosen) {
			case KEY_FILE -> key(KEY_FILE, read(properties.getKeyFile(), resourceLoader), clock);
			case KEY_JSON -> key(KEY_JSON, properties.getKeyJson().trim(), clock);
			case PERSONAL_ACCESS_TOKEN -> ZitadelCredential.personalAccessToken(properties.getPersonalAccessToken().trim());
			default -> clientSecret(properties);
		};
	}

	private static void addIfSet(List<String> credentials, String property, @Nullable String value) {
		if (StringUtils.hasText(Placeholders.requireResolved(property, value))) {
			credentials.add(property);
		}
	}

	private static ZitadelCredential clientSecret(ZitadelProperties properties) {
		if (!StringUtils.hasText(properties.getClientId()) && !StringUtils.hasText(properties.getClientSecret())) {
			throw new InvalidZitadelPropertyException(List.of(CLIENT_SECRET, KEY_FILE, KEY_JSON, PERSONAL_ACCESS_TOKEN),
					"none is set, so the service user has no credential", CHOOSE);
		}
		String clientId = required(CLIENT_ID, Placeholders.requireResolved(CLIENT_ID, properties.getClientId()),
				"Set zitadel.client-id to the username of the ZITADEL service user (not its numeric user ID).");
		if (clientId.chars().allMatch(Character::isDigit)) {
			throw new InvalidZitadelPropertyException(CLIENT_ID,
					"'" + clientId + "' is all digits, which looks like the service user's numeric user ID",
					"Set zitadel.client-id to the service user's username: ZITADEL looks the client up by login name and answers invalid_client \"client not found\" for the user ID.");
		}
		String clientSecret = required(CLIENT_SECRET, properties.getClientSecret(),
				"Set zitadel.client-secret to a client secret generated for the service user, for example from an environment variable: zitadel.client-secret=${ZITADEL_CLIENT_SECRET}.");
		return ZitadelCredential.clientSecret(clientId, clientSecret);
	}

	private static String read(String location, ResourceLoader resourceLoader) {
		Resource resource = resourceLoader.getResource(location.trim());
		String action = "Set zitadel.key-file to the location of the service user's key file, such as"
				+ " file:/etc/zitadel/service-user.json, and make it readable by the application.";
		if (!resource.exists()) {
			throw new InvalidZitadelPropertyException(KEY_FILE, "'" + location.trim() + "' does not exist", action);
		}
		String unreadable = "'" + location.trim() + "' cannot be read";
		if (!resource.isReadable()) {
			throw new InvalidZitadelPropertyException(KEY_FILE, unreadable, action);
		}
		try (InputStream input = resource.getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new InvalidZitadelPropertyException(KEY_FILE,
					unreadable + " (" + ex.getClass().getSimpleName() + ")", action);
		}
	}

	private static ZitadelCredential.ServiceUserKey key(String property, String json, Clock clock) {
		ZitadelCredential.ServiceUserKey key;
		try {
			key = ZitadelCredential.key(json);
		}
		catch (InvalidZitadelKeyException ex) {
			throw new InvalidZitadelPropertyException(property, ex.getMessage(), ex.getAction());
		}
		if (key.expiresAt() != null && !clock.instant().isBefore(key.expiresAt())) {
			throw new InvalidZitadelPropertyException(property,
					"the key " + key.keyId() + " expired on " + key.expiresAt(),
					"Add a new key to the service user in ZITADEL (Users, Service Users, the user, Keys, New, type"
							+ " JSON) and configure its file.");
		}
		return key;
	}

	private static String required(String property, @Nullable String value, String action) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidZitadelPropertyException(property, "it is not set", action);
		}
		return value.trim();
	}

}
