package io.github.zitadelstarter.test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * A server on a loopback port that speaks ZITADEL's dialect for service users: discovery,
 * the token endpoint (client credentials and JWT profile) with ZITADEL's error answers,
 * personal access tokens, revocation, introspection for API applications, the key set,
 * {@code GET /management/v1/orgs/me} and {@code GET /auth/v1/users/me} with the
 * gRPC-gateway error bodies, the v2 user, organization, project and authorization
 * services over Connect with their error bodies, and {@code GET /debug/healthz}; and,
 * through {@link #userAccess()}, human users' access tokens with roles for testing
 * resource servers. It is a stand-in for tests and demos, not ZITADEL: it keeps
 * everything in memory, and checks only the manager roles of service users
 * ({@link ManagerRole}) on v2 calls.
 * <p>
 * A new server has one organization and one service user ({@link #serviceUser()}). Tests
 * can register more, change their credentials ({@link #credentials()}), shorten the token
 * lifetime, revoke every token, make the token endpoint fail, and inspect each request
 * that arrived.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelTestServer implements AutoCloseable {

	/** Scope that puts ZITADEL's own project in a token's audience. */
	public static final String ZITADEL_AUDIENCE_SCOPE = "urn:zitadel:iam:org:project:id:zitadel:aud";

	static final List<String> PROPERTY_NAMES = List.of("zitadel.domain", "zitadel.client-id", "zitadel.client-secret");

	private final LoopbackHttpServer httpServer;

	private final Instance instance;

	private final TokenEndpoint tokenEndpoint;

	private final ServiceUserCredentials credentials;

	private final TestResources resources;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final ServiceUser defaultServiceUser;

	private final UserAccess userAccess;

	private ZitadelTestServer(Clock clock) {
		this.httpServer = new LoopbackHttpServer();
		this.instance = new Instance(clock, this.httpServer.origin());
		this.tokenEndpoint = new TokenEndpoint(this.instance);
		this.credentials = new ServiceUserCredentials(this.instance);
		this.resources = new TestResources(this.instance);
		this.httpServer.handle(new Router(this.instance, this.tokenEndpoint, this.credentials, this.requests));
		Organization organization = addOrganization("ZITADEL Test Organization", "test-organization.localhost");
		this.defaultServiceUser = addServiceUser("test-service-user", Instance.randomString(48), organization);
		this.userAccess = new UserAccess(this.instance, organization);
	}

	/**
	 * Start a server on a free loopback port.
	 * @return the running server
	 */
	public static ZitadelTestServer start() {
		return start(Clock.systemUTC());
	}

	static ZitadelTestServer start(Clock clock) {
		ZitadelTestServer server = new ZitadelTestServer(clock);
		server.httpServer.start();
		return server;
	}

	/**
	 * Stop the server and release its port.
	 */
	@Override
	public void close() {
		this.httpServer.close();
	}

	/**
	 * Return the server's origin, which is also its issuer, such as
	 * {@code http://127.0.0.1:51234}: the value for {@code zitadel.domain}.
	 * @return the origin
	 */
	public URI origin() {
		return this.instance.origin();
	}

	/**
	 * Return the service user every new server has.
	 * @return the default service user
	 */
	public ServiceUser serviceUser() {
		return this.defaultServiceUser;
	}

	/**
	 * Return the organization of the default service user.
	 * @return the default organization
	 */
	public Organization organization() {
		return this.defaultServiceUser.organization();
	}

	/**
	 * Return the controls for testing a resource server: API applications, human users
	 * with roles, and their access tokens.
	 * @return the controls
	 */
	public UserAccess userAccess() {
		return this.userAccess;
	}

	/**
	 * Return the properties that point the ZITADEL starter at this server as its default
	 * service user: {@code zitadel.domain}, {@code zitadel.client-id} and
	 * {@code zitadel.client-secret}.
	 * @return the properties, in order
	 */
	public Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put(PROPERTY_NAMES.get(0), origin().toString());
		properties.put(PROPERTY_NAMES.get(1), this.defaultServiceUser.clientId());
		properties.put(PROPERTY_NAMES.get(2), this.defaultServiceUser.clientSecret());
		return properties;
	}

	/**
	 * Register an organization, which {@code x-zitadel-orgid} can then select.
	 * @param name the organization's name, unique on the server regardless of case
	 * @param primaryDomain its primary domain
	 * @return the organization, with a new ID
	 */
	public Organization addOrganization(String name, String primaryDomain) {
		return this.instance.addOrganization(name, primaryDomain);
	}

	/**
	 * Register a service user.
	 * @param clientId the user's username, its OAuth2 client ID
	 * @param clientSecret its client secret
	 * @param organization its organization, registered on this server
	 * @return the service user, with a new user ID
	 */
	public ServiceUser addServiceUser(String clientId, String clientSecret, Organization organization) {
		User user = this.instance.addUser(organization, User.Type.MACHINE, clientId);
		user.setClientSecret(clientSecret);
		return new ServiceUser(user.id(), clientId, clientSecret, organization);
	}

	/**
	 * Return the controls for the credentials of service users: keys, personal access
	 * tokens, removing a client secret, and the projection lag of secrets from AddSecret.
	 * @return the credentials controls
	 */
	public ServiceUserCredentials credentials() {
		return this.credentials;
	}

	/**
	 * Return the controls for the resources of ZITADEL's v2 APIs: seeding users, projects
	 * and authorizations, the manager roles of service users, and what the application
	 * changed.
	 * @return the resource controls
	 */
	public TestResources resources() {
		return this.resources;
	}

	/**
	 * Set the lifetime of tokens issued from now on (12 hours by default).
	 * @param lifetime the lifetime
	 */
	public void setTokenLifetime(Duration lifetime) {
		this.instance.setTokenLifetime(lifetime);
	}

	/**
	 * Serve only requests addressed to the given external domain, as a ZITADEL instance
	 * does: through the {@code x-zitadel-instance-host} header or, without it, the Host
	 * header, each without its port. Other requests are answered 404 "Instance not
	 * found" in plain text, like ZITADEL's. Unset (the default), every host is served.
	 * @param externalDomain the instance's external domain, or {@code null} to serve
	 * every host
	 */
	public void setExternalDomain(@Nullable String externalDomain) {
		this.instance.setExternalDomain(externalDomain);
	}

	/**
	 * Revoke every access token issued so far: the API then answers them with 401.
	 */
	public void revokeAllTokens() {
		this.instance.revokeAllAccessTokens();
	}

	/**
	 * Answer the next token requests with a fault instead of serving them.
	 * @param count how many requests fail
	 * @param fault how they fail
	 */
	public void failNextTokenRequests(int count, TokenEndpointFault fault) {
		this.tokenEndpoint.failNext(count, fault);
	}

	/**
	 * Forget the faults that have not been used yet: the token endpoint serves the next
	 * request normally again.
	 */
	public void clearTokenEndpointFaults() {
		this.tokenEndpoint.clearFaults();
	}

	/**
	 * Return how many requests reached the token endpoint, failed ones included.
	 * @return the count
	 */
	public int tokenRequestCount() {
		return tokenRequests().size();
	}

	/**
	 * Return the requests that reached the token endpoint, in order of arrival.
	 * @return the token requests
	 */
	public List<RecordedRequest> tokenRequests() {
		return this.requests.stream().filter((request) -> request.path().equals(TokenEndpoint.PATH)).toList();
	}

	/**
	 * Return every request that reached the server, in order of arrival.
	 * @return the requests
	 */
	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * Forget the recorded requests and reset the token request count.
	 */
	public void clearRecordedRequests() {
		this.requests.clear();
	}

	/**
	 * Undo what tests change for one test: forget the faults not used yet and the recorded
	 * requests, and restore the token lifetime (12 hours), the external domain (none) and
	 * the secret projection lag (none).
	 * Organizations, service users and issued tokens stay: tests register users once for
	 * many tests, and the application under test holds the default user's credentials.
	 */
	public void reset() {
		clearTokenEndpointFaults();
		clearRecordedRequests();
		setTokenLifetime(Instance.DEFAULT_TOKEN_LIFETIME);
		setExternalDomain(null);
		this.credentials.setSecretProjectionLag(0);
	}

	@Override
	public String toString() {
		return "ZitadelTestServer{origin=" + origin() + "}";
	}

}
