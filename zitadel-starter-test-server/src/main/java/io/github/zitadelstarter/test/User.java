package io.github.zitadelstarter.test;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A user of the test server's instance, human or machine (a service user), as the
 * server's areas keep it. Fields that ZITADEL's APIs change are mutable.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class User {

	private final String id;

	private final Organization organization;

	private final Type type;

	private final Instant creationDate;

	private final String username;

	private volatile State state = State.ACTIVE;

	private @Nullable String clientSecret;

	private @Nullable String projectedClientSecret;

	private int tokenRequestsBeforeProjected;

	private volatile @Nullable Profile profile;

	private volatile @Nullable MachineData machineData;

	private volatile ManagerRole managerRole = ManagerRole.IAM_OWNER;

	private final Map<String, byte[]> metadata = new ConcurrentHashMap<>();

	private final Map<String, MachineKey> keys = new ConcurrentHashMap<>();

	User(String id, Organization organization, Type type, String username, Instant creationDate) {
		this.id = id;
		this.organization = organization;
		this.type = type;
		this.username = username;
		this.creationDate = creationDate;
	}

	String id() {
		return this.id;
	}

	Organization organization() {
		return this.organization;
	}

	Type type() {
		return this.type;
	}

	Instant creationDate() {
		return this.creationDate;
	}

	String username() {
		return this.username;
	}

	State state() {
		return this.state;
	}

	void setState(State state) {
		this.state = state;
	}

	/**
	 * Return the machine user's client secret, or {@code null} if it has none.
	 */
	synchronized @Nullable String clientSecret() {
		return this.clientSecret;
	}

	/**
	 * Set the machine user's client secret, which the token endpoint sees at once.
	 */
	synchronized void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
		this.tokenRequestsBeforeProjected = 0;
	}

	/**
	 * Change the machine user's client secret as ZITADEL's AddSecret does: the token
	 * endpoint, which reads a projection that catches up shortly after, sees the previous
	 * secret for the given number of token requests.
	 */
	synchronized void changeClientSecret(String clientSecret, int tokenRequestsBeforeProjected) {
		if (this.tokenRequestsBeforeProjected == 0) {
			this.projectedClientSecret = this.clientSecret;
		}
		this.clientSecret = clientSecret;
		this.tokenRequestsBeforeProjected = tokenRequestsBeforeProjected;
	}

	/**
	 * Return the client secret as the token endpoint sees it for one token request, or
	 * {@code null} if it sees none.
	 */
	synchronized @Nullable String clientSecretForTokenRequest() {
		if (this.tokenRequestsBeforeProjected > 0) {
			this.tokenRequestsBeforeProjected--;
			return this.projectedClientSecret;
		}
		return this.clientSecret;
	}

	/**
	 * Return the human user's profile, or {@code null} for a machine user or a human
	 * user added without one.
	 */
	@Nullable Profile profile() {
		return this.profile;
	}

	void setProfile(@Nullable Profile profile) {
		this.profile = profile;
	}

	/**
	 * Return the machine user's name and description, or {@code null} if not given.
	 */
	@Nullable MachineData machineData() {
		return this.machineData;
	}

	void setMachineData(@Nullable MachineData machineData) {
		this.machineData = machineData;
	}

	/**
	 * Return the manager role that decides which v2 API calls this user may make.
	 */
	ManagerRole managerRole() {
		return this.managerRole;
	}

	void setManagerRole(ManagerRole managerRole) {
		this.managerRole = managerRole;
	}

	Map<String, byte[]> metadata() {
		return this.metadata;
	}

	/**
	 * Return the machine user's keys by key ID: the public keys its JWT profile
	 * assertions are verified with.
	 */
	Map<String, MachineKey> keys() {
		return this.keys;
	}

	/**
	 * A public key of a machine user.
	 *
	 * @param keyId the key's ID
	 * @param publicKey the public key
	 * @param expiresAt when ZITADEL stops accepting it, or {@code null} if never
	 */
	record MachineKey(String keyId, PublicKey publicKey, @Nullable Instant expiresAt) {

	}

	/**
	 * A human user's profile and email address.
	 *
	 * @param givenName the given name
	 * @param familyName the family name
	 * @param displayName the display name
	 * @param preferredLanguage the preferred language, empty if none
	 * @param email the email address
	 * @param emailVerified whether the email address is verified
	 */
	record Profile(String givenName, String familyName, String displayName, String preferredLanguage, String email,
			boolean emailVerified) {

	}

	/**
	 * A machine user's name and description.
	 *
	 * @param name the name
	 * @param description the description, empty if none
	 */
	record MachineData(String name, String description) {

	}

	enum Type {

		HUMAN, MACHINE

	}

	enum State {

		ACTIVE, INACTIVE

	}

}
