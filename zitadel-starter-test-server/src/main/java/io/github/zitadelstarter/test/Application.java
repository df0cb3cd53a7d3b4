package io.github.zitadelstarter.test;

import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * An API application of a project: the client that introspects tokens, authenticated by
 * its client secret (HTTP Basic) or by a JWT signed with one of its keys
 * (private_key_jwt).
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Application {

	private final String id;

	private final String clientId;

	private final Project project;

	private final Map<String, RSAPublicKey> keys = new ConcurrentHashMap<>();

	private volatile @Nullable String clientSecret;

	Application(String id, String clientId, Project project) {
		this.id = id;
		this.clientId = clientId;
		this.project = project;
	}

	String id() {
		return this.id;
	}

	String clientId() {
		return this.clientId;
	}

	Project project() {
		return this.project;
	}

	@Nullable String clientSecret() {
		return this.clientSecret;
	}

	void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	/**
	 * Return the public keys of the application's keys, by key ID.
	 */
	Map<String, RSAPublicKey> keys() {
		return this.keys;
	}

}
