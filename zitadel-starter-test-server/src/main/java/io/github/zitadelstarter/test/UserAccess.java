package io.github.zitadelstarter.test;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test server's controls for testing a resource server: API applications that
 * introspect tokens, human users with roles granted per organization, and their access
 * tokens, as JWTs signed with the instance's keys or as opaque tokens. Both formats carry
 * the same claims: ZITADEL's role claims
 * ({@code urn:zitadel:iam:org:project:roles} and
 * {@code urn:zitadel:iam:org:project:{projectId}:roles}, shaped
 * {@code {"role":{"orgId":"orgDomain"}}}) and the user's organization
 * ({@code urn:zitadel:iam:user:resourceowner:id}, {@code :name},
 * {@code :primary_domain}), taken when the token is issued.
 * <pre class="code">
 * UserAccess access = zitadel.userAccess();
 * ApiApplication api = access.addApiApplication("Tasks");
 * HumanUser alice = access.addUser("alice", zitadel.organization());
 * access.grant(alice, api, zitadel.organization(), "admin");
 * String token = access.accessToken(alice, api, TokenFormat.JWT);
 * </pre>
 *
 * @author ZITADEL Spring Boot Starter contributors
 * @see ZitadelTestServer#userAccess()
 */
public final class UserAccess {

	private static final String ROLES_CLAIM = "urn:zitadel:iam:org:project:roles";

	private static final Set<String> SCOPES = Set.of("openid", "profile", "urn:zitadel:iam:user:resourceowner");

	private final Instance instance;

	private final Organization organization;

	private final Map<String, String> loginClientIds = new ConcurrentHashMap<>();

	UserAccess(Instance instance, Organization organization) {
		this.instance = instance;
		this.organization = organization;
	}

	/**
	 * Create a project in the default organization with an API application that can
	 * introspect tokens, with a client secret and a key. The project's user tokens are
	 * issued as if to a login application of the project: their audience is that
	 * application's client ID and the project ID.
	 * @param projectName the project's name
	 * @return the application and its credentials
	 */
	public ApiApplication addApiApplication(String projectName) {
		Project project = this.instance.addProject(projectName, this.organization);
		String slug = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		this.loginClientIds.put(project.id(), this.instance.nextId() + "@" + slug);
		Application application = this.instance.addApplication(project, this.instance.nextId() + "@" + slug);
		String clientSecret = Instance.randomString(48);
		application.setClientSecret(clientSecret);
		KeyPair key = RsaKeys.generate();
		String keyId = this.instance.nextId();
		application.keys().put(keyId, (RSAPublicKey) key.getPublic());
		Map<String, Object> keyFile = new LinkedHashMap<>();
		keyFile.put("type", "application");
		keyFile.put("keyId", keyId);
		keyFile.put("key", RsaKeys.pkcs1Pem((RSAPrivateKey) key.getPrivate()));
		keyFile.put("appId", application.id());
		keyFile.put("clientId", application.clientId());
		return new ApiApplication(project.id(), application.clientId(), clientSecret, Json.write(keyFile));
	}

	/**
	 * Register a human user.
	 * @param username the user's username
	 * @param organization its organization, registered on this server
	 * @return the user, with a new user ID
	 */
	public HumanUser addUser(String username, Organization organization) {
		User user = this.instance.addUser(organization, User.Type.HUMAN, username);
		return new HumanUser(user.id(), username, organization);
	}

	/**
	 * Grant a user roles of an application's project in an organization, adding the
	 * roles to the project if it does not have them yet. Tokens issued afterwards carry
	 * them.
	 * @param user the user
	 * @param api the application whose project the roles belong to
	 * @param organization the organization in which the user holds the roles
	 * @param roleKeys the roles' keys
	 */
	public void grant(HumanUser user, ApiApplication api, Organization organization, String... roleKeys) {
		User granted = user(user);
		Project project = project(api);
		for (String roleKey : roleKeys) {
			project.roles().putIfAbsent(roleKey, new Project.Role(roleKey, roleKey, ""));
		}
		Authorization existing = this.instance.authorization(granted, project, organization);
		if (existing == null) {
			this.instance.authorize(granted, project, organization, Set.of(roleKeys));
			return;
		}
		Set<String> keys = new LinkedHashSet<>(existing.roleKeys());
		keys.addAll(List.of(roleKeys));
		existing.setRoleKeys(keys);
	}

	/**
	 * Issue an access token for a user, meant for an application's project, that lives
	 * the server's token lifetime.
	 * @param user the user
	 * @param api the application whose project is the token's audience
	 * @param format the token's format
	 * @return the access token
	 */
	public String accessToken(HumanUser user, ApiApplication api, TokenFormat format) {
		Instant now = this.instance.now();
		return issue(user, api, format, now, now.plus(this.instance.tokenLifetime()));
	}

	/**
	 * Issue an access token like {@link #accessToken} that expired a minute ago.
	 * @param user the user
	 * @param api the application whose project is the token's audience
	 * @param format the token's format
	 * @return the expired access token
	 */
	public String expiredAccessToken(HumanUser user, ApiApplication api, TokenFormat format) {
		Instant expiresAt = this.instance.now().minus(Duration.ofMinutes(1));
		return issue(user, api, format, expiresAt.minus(Duration.ofHours(1)), expiresAt);
	}

	/**
	 * Make a new signing key: JWTs issued from now on carry its key ID, which resource
	 * servers do not know yet. The previous keys are still served at /oauth/v2/keys.
	 */
	public void rotateSigningKey() {
		this.instance.signingKeys().rotate();
	}

	private String issue(HumanUser user, ApiApplication api, TokenFormat format, Instant issuedAt,
			Instant expiresAt) {
		User subject = user(user);
		Project project = project(api);
		String clientId = this.loginClientIds.get(project.id());
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("client_id", clientId);
		Map<String, Map<String, String>> roles = roles(subject, project);
		if (!roles.isEmpty()) {
			claims.put(ROLES_CLAIM, roles);
			claims.put("urn:zitadel:iam:org:project:" + project.id() + ":roles", roles);
		}
		claims.put("urn:zitadel:iam:user:resourceowner:id", subject.organization().id());
		claims.put("urn:zitadel:iam:user:resourceowner:name", subject.organization().name());
		claims.put("urn:zitadel:iam:user:resourceowner:primary_domain", subject.organization().primaryDomain());
		List<String> audience = List.of(clientId, project.id());
		IssuedToken token = IssuedToken.userAccessToken(subject, SCOPES, audience, claims, issuedAt, expiresAt);
		if (format == TokenFormat.OPAQUE) {
			return this.instance.store(token);
		}
		Map<String, Object> jwt = new LinkedHashMap<>();
		jwt.put("iss", this.instance.issuer());
		jwt.put("sub", subject.id());
		jwt.put("aud", audience);
		jwt.put("exp", expiresAt.getEpochSecond());
		jwt.put("iat", issuedAt.getEpochSecond());
		jwt.put("nbf", issuedAt.getEpochSecond());
		jwt.put("jti", this.instance.nextId());
		jwt.putAll(claims);
		return this.instance.store(this.instance.signingKeys().sign(jwt), token);
	}

	private Map<String, Map<String, String>> roles(User user, Project project) {
		Map<String, Map<String, String>> roles = new TreeMap<>();
		for (Authorization authorization : this.instance.authorizations()) {
			if (authorization.user() == user && authorization.project() == project) {
				for (String roleKey : authorization.roleKeys()) {
					roles.computeIfAbsent(roleKey, (key) -> new TreeMap<>())
						.put(authorization.organization().id(), authorization.organization().primaryDomain());
				}
			}
		}
		return roles;
	}

	private User user(HumanUser user) {
		User found = this.instance.user(user.userId());
		if (found == null) {
			throw new IllegalArgumentException("User " + user.userId() + " is not registered");
		}
		return found;
	}

	private Project project(ApiApplication api) {
		Project found = this.instance.project(api.projectId());
		if (found == null) {
			throw new IllegalArgumentException("Project " + api.projectId() + " is not registered");
		}
		return found;
	}

}
