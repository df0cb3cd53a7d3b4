package io.github.zitadelstarter.test;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The test server's controls for the credentials of service users, as ZITADEL's console
 * creates and removes them: {@code zitadel.credentials()}. Keys and personal access
 * tokens are added, removed and revoked; a client secret is removed; and secrets that
 * the User Service's AddSecret creates reach the token endpoint after a projection lag.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ServiceUserCredentials {

	// ZITADEL writes Go's zero time for a key that does not expire.
	private static final String NO_EXPIRATION = "0001-01-01T00:00:00Z";

	private final Instance instance;

	ServiceUserCredentials(Instance instance) {
		this.instance = instance;
	}

	/**
	 * Add a key that does not expire to a service user.
	 * @param user the service user
	 * @return the key and its key file
	 */
	public ServiceUserKeyFile addKey(ServiceUser user) {
		return addKey(user, null);
	}

	/**
	 * Add a key to a service user.
	 * @param user the service user
	 * @param expirationDate when the server stops accepting the key, or {@code null} if
	 * never
	 * @return the key and its key file
	 */
	public ServiceUserKeyFile addKey(ServiceUser user, @Nullable Instant expirationDate) {
		return addKey(machine(user), expirationDate);
	}

	/**
	 * Add a key to a machine user, as ZITADEL's console and its AddKey call do.
	 */
	ServiceUserKeyFile addKey(User machine, @Nullable Instant expirationDate) {
		KeyPair keyPair = RsaKeys.generate();
		String keyId = this.instance.nextId();
		machine.keys().put(keyId, new User.MachineKey(keyId, keyPair.getPublic(), expirationDate));
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("type", "serviceaccount");
		file.put("keyId", keyId);
		file.put("key", RsaKeys.pkcs1Pem((RSAPrivateKey) keyPair.getPrivate()));
		file.put("expirationDate", (expirationDate != null) ? expirationDate.toString() : NO_EXPIRATION);
		file.put("userId", machine.id());
		return new ServiceUserKeyFile(keyId, machine.id(), expirationDate, Json.write(file));
	}

	/**
	 * Remove a key: the token endpoint refuses its assertions from now on.
	 * @param key the key
	 */
	public void removeKey(ServiceUserKeyFile key) {
		User machine = this.instance.user(key.userId());
		if (machine != null) {
			machine.keys().remove(key.keyId());
		}
	}

	/**
	 * Create a personal access token that does not expire for a service user.
	 * @param user the service user
	 * @return the token
	 */
	public String addPersonalAccessToken(ServiceUser user) {
		return addPersonalAccessToken(user, null);
	}

	/**
	 * Create a personal access token for a service user.
	 * @param user the service user
	 * @param expirationDate when the token expires, or {@code null} if never
	 * @return the token
	 */
	public String addPersonalAccessToken(ServiceUser user, @Nullable Instant expirationDate) {
		return this.instance
			.store(IssuedToken.personalAccessToken(machine(user), this.instance.now(), expirationDate));
	}

	/**
	 * Revoke a personal access token: ZITADEL's APIs answer it with 401 from now on.
	 * @param token the token
	 */
	public void revokePersonalAccessToken(String token) {
		this.instance.revoke(token);
	}

	/**
	 * Remove the client secret of a service user, as ZITADEL's console or the User
	 * Service's RemoveSecret does: the token endpoint answers its client-credentials
	 * requests with Errors.User.Machine.Secret.NotExisting from now on.
	 * @param user the service user
	 */
	public void removeClientSecret(ServiceUser user) {
		machine(user).setClientSecret(null);
	}

	/**
	 * Make the token endpoint see a client secret created through the User Service's
	 * AddSecret only after the given number of token requests, as ZITADEL's token
	 * endpoint reads a projection that catches up shortly after AddSecret answers: until
	 * then it answers Errors.User.Machine.Secret.NotExisting, or
	 * Errors.User.Machine.Secret.Invalid when the new secret replaced another. 0, the
	 * default, makes new secrets usable at once.
	 * @param tokenRequests how many token requests still see the previous secret
	 */
	public void setSecretProjectionLag(int tokenRequests) {
		if (tokenRequests < 0) {
			throw new IllegalArgumentException("tokenRequests must not be negative");
		}
		this.instance.setSecretProjectionLag(tokenRequests);
	}

	private User machine(ServiceUser user) {
		User machine = this.instance.user(user.userId());
		if (machine == null) {
			throw new IllegalArgumentException("Service user " + user.userId() + " is not registered");
		}
		return machine;
	}

	@Override
	public String toString() {
		return "ServiceUserCredentials{instance=" + this.instance.origin() + "}";
	}

}
