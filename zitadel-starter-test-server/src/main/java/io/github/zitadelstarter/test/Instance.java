package io.github.zitadelstarter.test;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * What one ZITADEL instance of the test server knows: its organizations, users, projects
 * and their applications, authorizations, tokens and signing keys, and the settings tests
 * change. Every area of the server (token endpoint,
 * v1 and v2 APIs) works on this state.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Instance {

	static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);

	private static final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final URI origin;

	private final AtomicLong ids = new AtomicLong(259242039378444290L);

	private final Map<String, Organization> organizations = new ConcurrentHashMap<>();

	private final Map<String, User> users = new ConcurrentHashMap<>();

	private final Map<String, Project> projects = new ConcurrentHashMap<>();

	private final Map<String, Authorization> authorizations = new ConcurrentHashMap<>();

	private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

	private final Map<String, Application> applications = new ConcurrentHashMap<>();

	private final SigningKeys signingKeys = new SigningKeys();

	private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

	private volatile @Nullable String externalDomain;

	private volatile int secretProjectionLag;

	Instance(Clock clock, URI origin) {
		this.clock = clock;
		this.origin = origin;
	}

	Instant now() {
		return this.clock.instant();
	}

	URI origin() {
		return this.origin;
	}

	/**
	 * Return the issuer, exactly as ZITADEL writes it: the origin without a trailing
	 * slash.
	 */
	String issuer() {
		return this.origin.toString();
	}

	/**
	 * Add an organization, whose name is unique in the instance regardless of case, as in
	 * ZITADEL.
	 * @throws IllegalArgumentException if the name is taken
	 */
	Organization addOrganization(String name, String primaryDomain) {
		Organization organization = new Organization(nextId(), name, primaryDomain);
		synchronized (this.organizations) {
			if (this.organizations.values().stream().anyMatch((existing) -> existing.name().equalsIgnoreCase(name))) {
				throw new IllegalArgumentException("Organization name " + name + " is taken");
			}
			this.organizations.put(organization.id(), organization);
		}
		return organization;
	}

	@Nullable Organization organization(String id) {
		return this.organizations.get(id);
	}

	Collection<Organization> organizations() {
		return this.organizations.values();
	}

	/**
	 * Add a user to a registered organization.
	 * @throws IllegalArgumentException if the organization is not registered or the
	 * username is taken
	 */
	User addUser(Organization organization, User.Type type, String username) {
		return addUser(organization, type, username, null);
	}

	/**
	 * Add a user with the given ID, or a new one, to a registered organization.
	 * @throws IllegalArgumentException if the organization is not registered, or the ID
	 * or the username is taken
	 */
	User addUser(Organization organization, User.Type type, String username, @Nullable String id) {
		if (!this.organizations.containsKey(organization.id())) {
			throw new IllegalArgumentException("Organization " + organization.id() + " is not registered");
		}
		User user = new User((id != null) ? id : nextId(), organization, type, username, now());
		synchronized (this.users) {
			if (userByUsername(username) != null) {
				throw new IllegalArgumentException("Username " + username + " is taken");
			}
			if (this.users.containsKey(user.id())) {
				throw new IllegalArgumentException("User ID " + user.id() + " is taken");
			}
			this.users.put(user.id(), user);
		}
		return user;
	}

	@Nullable User user(String id) {
		return this.users.get(id);
	}

	/**
	 * Return the user with the given username (its login name), as ZITADEL looks up the
	 * client ID of a service user.
	 */
	@Nullable User userByUsername(String username) {
		return this.users.values().stream().filter((user) -> user.username().equals(username)).findFirst().orElse(null);
	}

	Collection<User> users() {
		return this.users.values();
	}

	void removeUser(User user) {
		this.users.remove(user.id());
		this.authorizations.values().removeIf((authorization) -> authorization.user() == user);
	}

	Project addProject(String name, Organization organization) {
		Project project = new Project(nextId(), name, organization);
		this.projects.put(project.id(), project);
		return project;
	}

	@Nullable Project project(String id) {
		return this.projects.get(id);
	}

	/**
	 * Authorize a user for roles of a project in an organization: one authorization per
	 * user, project and organization, as in ZITADEL.
	 * @throws IllegalArgumentException if the user already has an authorization for the
	 * project in the organization
	 */
	Authorization authorize(User user, Project project, Organization organization, Set<String> roleKeys) {
		Authorization authorization = new Authorization(nextId(), user, project, organization, roleKeys);
		synchronized (this.authorizations) {
			if (authorization(user, project, organization) != null) {
				throw new IllegalArgumentException("User " + user.id() + " is already authorized for project "
						+ project.id() + " in organization " + organization.id());
			}
			this.authorizations.put(authorization.id(), authorization);
		}
		return authorization;
	}

	@Nullable Authorization authorization(String id) {
		return this.authorizations.get(id);
	}

	/**
	 * Return the user's authorization for the project in the organization, if it has one.
	 */
	@Nullable Authorization authorization(User user, Project project, Organization organization) {
		return this.authorizations.values()
			.stream()
			.filter((authorization) -> authorization.user() == user && authorization.project() == project
					&& authorization.organization().id().equals(organization.id()))
			.findFirst()
			.orElse(null);
	}

	Collection<Authorization> authorizations() {
		return this.authorizations.values();
	}

	void removeAuthorization(Authorization authorization) {
		this.authorizations.remove(authorization.id());
	}

	Application addApplication(Project project, String clientId) {
		Application application = new Application(nextId(), clientId, project);
		this.applications.put(clientId, application);
		return application;
	}

	/**
	 * Return the application with the given client ID, as introspection finds its caller.
	 */
	@Nullable Application application(String clientId) {
		return this.applications.get(clientId);
	}

	/**
	 * Return the instance's web keys, which sign JWT access tokens.
	 */
	SigningKeys signingKeys() {
		return this.signingKeys;
	}

	/**
	 * Issue an access token that lives the current token lifetime.
	 */
	String issueToken(User user, Set<String> scopes) {
		Instant issuedAt = now();
		return store(IssuedToken.accessToken(user, scopes, issuedAt, issuedAt.plus(this.tokenLifetime)));
	}

	String store(IssuedToken token) {
		return store(randomString(64), token);
	}

	/**
	 * Store a token under its value, such as a signed JWT.
	 */
	String store(String value, IssuedToken token) {
		this.tokens.put(value, token);
		return value;
	}

	IssuedToken token(String value) {
		return this.tokens.get(value);
	}

	/**
	 * Return the token with the given value if it is active, whatever its kind.
	 */
	@Nullable IssuedToken activeToken(@Nullable String value) {
		IssuedToken token = (value != null) ? this.tokens.get(value) : null;
		return (token != null && token.isActive(now())) ? token : null;
	}

	void revoke(@Nullable String value) {
		IssuedToken token = (value != null) ? this.tokens.get(value) : null;
		if (token != null) {
			token.revoke();
		}
	}

	void revokeAllAccessTokens() {
		this.tokens.values().stream().filter((token) -> !token.isPersonal()).forEach(IssuedToken::revoke);
	}

	Duration tokenLifetime() {
		return this.tokenLifetime;
	}

	void setTokenLifetime(Duration tokenLifetime) {
		this.tokenLifetime = tokenLifetime;
	}

	@Nullable String externalDomain() {
		return this.externalDomain;
	}

	void setExternalDomain(@Nullable String externalDomain) {
		this.externalDomain = externalDomain;
	}

	/**
	 * Return how many token requests still see a machine user's previous client secret
	 * after AddSecret changed it.
	 */
	int secretProjectionLag() {
		return this.secretProjectionLag;
	}

	void setSecretProjectionLag(int tokenRequests) {
		this.secretProjectionLag = tokenRequests;
	}

	String nextId() {
		return String.valueOf(this.ids.getAndAdd(1_000_003));
	}

	static String randomString(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
