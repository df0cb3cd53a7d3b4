package io.github.zitadelstarter.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A server on a loopback port that speaks ZITADEL's dialect for service users: discovery,
 * the client-credentials token endpoint with ZITADEL's error answers, revocation,
 * introspection, {@code GET /management/v1/orgs/me} with the gRPC-gateway error bodies,
 * and {@code GET /debug/healthz}. It is a stand-in for tests and demos, not ZITADEL: it
 * issues opaque tokens, keeps everything in memory and checks no roles.
 * <p>
 * A new server has one organization and one service user ({@link #serviceUser()}). Tests
 * can register more, shorten the token lifetime, revoke every token, make the token
 * endpoint fail, and inspect each request that arrived.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelTestServer implements AutoCloseable {

	/** Scope that puts ZITADEL's own project in a token's audience. */
	public static final String ZITADEL_AUDIENCE_SCOPE = "urn:zitadel:iam:org:project:id:zitadel:aud";

	static final List<String> PROPERTY_NAMES = List.of("zitadel.domain", "zitadel.client-id", "zitadel.client-secret");

	private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);

	private static final String TOKEN_PATH = "/oauth/v2/token";

	private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

	private static final SecureRandom random = new SecureRandom();

	static {
		// The JDK server writes headers and body in separate packets; with Nagle's
		// algorithm on, each answer then waits for the client's delayed ACK (tens of
		// milliseconds). Read once, when the first JDK HTTP server is created.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final HttpServer httpServer;

	private final ExecutorService executor;

	private final Clock clock;

	private final URI origin;

	private final AtomicLong ids = new AtomicLong(259242039378444290L);

	private final Map<String, Organization> organizations = new ConcurrentHashMap<>();

	private final Map<String, ServiceUser> serviceUsers = new ConcurrentHashMap<>();

	private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger tokenRequestCount = new AtomicInteger();

	private final Deque<TokenEndpointFault> faults = new ArrayDeque<>();

	private final ServiceUser defaultServiceUser;

	private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

	private volatile @Nullable String externalDomain;

	private ZitadelTestServer(Clock clock) {
		this.clock = clock;
		try {
			this.httpServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open a loopback port for the ZITADEL test server", ex);
		}
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "zitadel-test-server");
			thread.setDaemon(true);
			return thread;
		});
		this.httpServer.setExecutor(this.executor);
		this.httpServer.createContext("/", this::handle);
		this.origin = URI.create("http://127.0.0.1:" + this.httpServer.getAddress().getPort());
		Organization organization = addOrganization("ZITADEL Test Organization", "test-organization.localhost");
		this.defaultServiceUser = addServiceUser("test-service-user", randomSecret(), organization);
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
		this.httpServer.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * Return the server's origin, which is also its issuer, such as
	 * {@code http://127.0.0.1:51234}: the value for {@code zitadel.domain}.
	 * @return the origin
	 */
	public URI origin() {
		return this.origin;
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
	 * Return the properties that point the ZITADEL starter at this server as its default
	 * service user: {@code zitadel.domain}, {@code zitadel.client-id} and
	 * {@code zitadel.client-secret}.
	 * @return the properties, in order
	 */
	public Map<String, String> properties() {
		List<String> values = List.of(this.origin.toString(), this.defaultServiceUser.clientId(),
				this.defaultServiceUser.clientSecret());
		Map<String, String> properties = new LinkedHashMap<>();
		for (int i = 0; i < PROPERTY_NAMES.size(); i++) {
			properties.put(PROPERTY_NAMES.get(i), values.get(i));
		}
		return properties;
	}

	/**
	 * Register an organization, which {@code x-zitadel-orgid} can then select.
	 * @param name the organization's name
	 * @param primaryDomain its primary domain
	 * @return the organization, with a new ID
	 */
	public Organization addOrganization(String name, String primaryDomain) {
		Organization organization = new Organization(nextId(), name, primaryDomain);
		this.organizations.put(organization.id(), organization);
		return organization;
	}

	/**
	 * Register a service user.
	 * @param clientId the user's username, its OAuth2 client ID
	 * @param clientSecret its client secret
	 * @param organization its organization, registered on this server
	 * @return the service user, with a new user ID
	 */
	public ServiceUser addServiceUser(String clientId, String clientSecret, Organization organization) {
		if (!this.organizations.containsKey(organization.id())) {
			throw new IllegalArgumentException("Organization " + organization.id() + " is not registered");
		}
		ServiceUser user = new ServiceUser(nextId(), clientId, clientSecret, organization);
		this.serviceUsers.put(clientId, user);
		return user;
	}

	/**
	 * Set the lifetime of tokens issued from now on (12 hours by default).
	 * @param lifetime the lifetime
	 */
	public void setTokenLifetime(Duration lifetime) {
		this.tokenLifetime = lifetime;
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
		this.externalDomain = externalDomain;
	}

	/**
	 * Revoke every token issued so far: the API then answers them with 401.
	 */
	public void revokeAllTokens() {
		this.tokens.values().forEach(IssuedToken::revoke);
	}

	/**
	 * Answer the next token requests with a fault instead of serving them.
	 * @param count how many requests fail
	 * @param fault how they fail
	 */
	public void failNextTokenRequests(int count, TokenEndpointFault fault) {
		synchronized (this.faults) {
			for (int i = 0; i < count; i++) {
				this.faults.add(fault);
			}
		}
	}

	/**
	 * Forget the faults that have not been used yet: the token endpoint serves the next
	 * request normally again.
	 */
	public void clearTokenEndpointFaults() {
		synchronized (this.faults) {
			this.faults.clear();
		}
	}

	/**
	 * Return how many requests reached the token endpoint, failed ones included.
	 * @return the count
	 */
	public int tokenRequestCount() {
		return this.tokenRequestCount.get();
	}

	/**
	 * Return the requests that reached the token endpoint, in order of arrival.
	 * @return the token requests
	 */
	public List<RecordedRequest> tokenRequests() {
		return this.requests.stream().filter((request) -> request.path().equals(TOKEN_PATH)).toList();
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
		this.tokenRequestCount.set(0);
	}

	@Override
	public String toString() {
		return "ZitadelTestServer{origin=" + this.origin + "}";
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			Map<String, List<String>> form = readForm(exchange);
			this.requests.add(new RecordedRequest(exchange.getRequestMethod(), path, headersOf(exchange), form));
			if (path.equals(TOKEN_PATH)) {
				this.tokenRequestCount.incrementAndGet();
			}
			if (!path.equals("/debug/healthz") && !isForThisInstance(exchange)) {
				sendText(exchange, 404, "unable to set instance using origin " + this.origin + " (ExternalDomain is "
						+ this.externalDomain + "): ID=QUERY-n0wng Message=Instance not found");
				return;
			}
			switch (path) {
				case "/.well-known/openid-configuration" -> discovery(exchange);
				case TOKEN_PATH -> token(exchange, form);
				case "/oauth/v2/revoke" -> revoke(exchange, form);
				case "/oauth/v2/introspect" -> introspect(exchange, form);
				case "/oauth/v2/keys" -> send(exchange, 200, Map.of("keys", List.of()));
				case "/management/v1/orgs/me" -> myOrganization(exchange);
				case "/debug/healthz" -> sendText(exchange, 200, "ok");
				default -> sendGatewayError(exchange, 404, 5, "Not Found", null);
			}
		}
	}

	private boolean isForThisInstance(HttpExchange exchange) {
		String externalDomain = this.externalDomain;
		if (externalDomain == null) {
			return true;
		}
		String host = exchange.getRequestHeaders().getFirst("x-zitadel-instance-host");
		if (host == null) {
			host = exchange.getRequestHeaders().getFirst("Host");
		}
		return host != null && host.replaceFirst(":\\d+$", "").equalsIgnoreCase(externalDomain);
	}

	private void discovery(HttpExchange exchange) throws IOException {
		if (!isMethod(exchange, "GET")) {
			return;
		}
		Map<String, Object> configuration = new LinkedHashMap<>();
		configuration.put("issuer", this.origin.toString());
		configuration.put("authorization_endpoint", this.origin + "/oauth/v2/authorize");
		configuration.put("token_endpoint", this.origin + TOKEN_PATH);
		configuration.put("introspection_endpoint", this.origin + "/oauth/v2/introspect");
		configuration.put("userinfo_endpoint", this.origin + "/oidc/v1/userinfo");
		configuration.put("revocation_endpoint", this.origin + "/oauth/v2/revoke");
		configuration.put("end_session_endpoint", this.origin + "/oidc/v1/end_session");
		configuration.put("jwks_uri", this.origin + "/oauth/v2/keys");
		configuration.put("scopes_supported", List.of("openid", "profile", "email", "offline_access",
				ZITADEL_AUDIENCE_SCOPE, "urn:zitadel:iam:user:resourceowner"));
		configuration.put("grant_types_supported", List.of("client_credentials"));
		configuration.put("token_endpoint_auth_methods_supported",
				List.of("none", "client_secret_basic", "client_secret_post"));
		configuration.put("revocation_endpoint_auth_methods_supported",
				List.of("none", "client_secret_basic", "client_secret_post"));
		configuration.put("introspection_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		send(exchange, 200, configuration);
	}

	private void token(HttpExchange exchange, Map<String, List<String>> form) throws IOException {
		TokenEndpointFault fault;
		synchronized (this.faults) {
			fault = this.faults.poll();
		}
		if (fault != null && applyFault(exchange, fault)) {
			return;
		}
		if (!isMethod(exchange, "POST")) {
			return;
		}
		if (!isFormRequest(exchange)) {
			sendOAuthError(exchange, "invalid_request", "request body must be application/x-www-form-urlencoded");
			return;
		}
		String grantType = first(form, "grant_type");
		if (grantType == null || grantType.isEmpty()) {
			sendOAuthError(exchange, "invalid_request", "grant_type missing");
			return;
		}
		if (!grantType.equals("client_credentials")) {
			sendOAuthError(exchange, "unsupported_grant_type", grantType + " not supported");
			return;
		}
		ServiceUser user = authenticate(exchange, form);
		if (user == null) {
			return;
		}
		String scope = first(form, "scope");
		if (scope == null || scope.isBlank()) {
			sendOAuthError(exchange, "invalid_request",
					"The scope of your request is missing. Please ensure some scopes are requested.");
			return;
		}
		Set<String> scopes = new LinkedHashSet<>(List.of(scope.trim().split("\\s+")));
		Instant issuedAt = this.clock.instant();
		Instant expiresAt = issuedAt.plus(this.tokenLifetime);
		String accessToken = randomToken();
		this.tokens.put(accessToken, new IssuedToken(user, scopes, issuedAt, expiresAt));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", accessToken);
		response.put("token_type", "Bearer");
		response.put("expires_in", Math.max(0, Duration.between(this.clock.instant(), expiresAt).toSeconds()));
		if (scopes.contains("openid")) {
			response.put("id_token", idToken(user, issuedAt, expiresAt));
		}
		send(exchange, 200, response);
	}

	/**
	 * Apply a fault; return whether it took the place of the answer.
	 */
	private boolean applyFault(HttpExchange exchange, TokenEndpointFault fault) throws IOException {
		switch (fault.kind()) {
			case STATUS -> {
				Duration retryAfter = fault.duration();
				if (retryAfter != null) {
					exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter.toSeconds()));
				}
				sendText(exchange, fault.status(),
						(fault.status() == 429) ? "rate limit exceeded" : "service unavailable");
				return true;
			}
			case DELAY -> {
				try {
					Thread.sleep(fault.duration().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return true;
				}
				return false;
			}
			case DROP_CONNECTION -> {
				// Closing the exchange before any header is sent makes the JDK server
				// close the connection: the client sees it drop without an answer.
				return true;
			}
		}
		return false;
	}

	/**
	 * Authenticate the client exactly as ZITADEL does for service users: HTTP Basic with
	 * both parts URL-decoded, or client_id and client_secret in the body, never both.
	 */
	private @Nullable ServiceUser authenticate(HttpExchange exchange, Map<String, List<String>> form)
			throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		boolean post = form.containsKey("client_secret");
		if (basic && (post || form.containsKey("client_assertion"))) {
			sendOAuthError(exchange, "invalid_request", "client authentication must not use more than one method");
			return null;
		}
		String clientId;
		String clientSecret;
		if (basic) {
			String[] credentials = basicCredentials(authorization.substring(6).trim());
			if (credentials == null) {
				sendOAuthError(exchange, "invalid_client", "invalid basic auth header");
				return null;
			}
			clientId = credentials[0];
			clientSecret = credentials[1];
		}
		else {
			clientId = first(form, "client_id");
			clientSecret = first(form, "client_secret");
			if (clientId == null || clientId.isEmpty()) {
				sendOAuthError(exchange, "invalid_request", "client_id or client_assertion must be provided");
				return null;
			}
		}
		ServiceUser user = this.serviceUsers.get(clientId);
		if (user == null) {
			sendOAuthError(exchange, "invalid_client", "client not found");
			return null;
		}
		if (!user.clientSecret().equals(clientSecret)) {
			sendOAuthError(exchange, "invalid_request", "Errors.User.Machine.Secret.Invalid");
			return null;
		}
		return user;
	}

	private static String @Nullable [] basicCredentials(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return null;
			}
			return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void revoke(HttpExchange exchange, Map<String, List<String>> form) throws IOException {
		if (!isMethod(exchange, "POST")) {
			return;
		}
		IssuedToken token = this.tokens.get(String.valueOf(first(form, "token")));
		if (token != null) {
			token.revoke();
		}
		sendText(exchange, 200, "");
	}

	private void introspect(HttpExchange exchange, Map<String, List<String>> form) throws IOException {
		if (!isMethod(exchange, "POST")) {
			return;
		}
		IssuedToken token = this.tokens.get(String.valueOf(first(form, "token")));
		if (token == null || !token.isActive(this.clock.instant())) {
			send(exchange, 200, Map.of("active", false));
			return;
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("active", true);
		response.put("scope", String.join(" ", token.scopes));
		response.put("client_id", token.user.clientId());
		response.put("token_type", "Bearer");
		response.put("exp", token.expiresAt.getEpochSecond());
		response.put("iat", token.issuedAt.getEpochSecond());
		response.put("iss", this.origin.toString());
		response.put("sub", token.user.userId());
		response.put("username", token.user.clientId());
		send(exchange, 200, response);
	}

	private void myOrganization(HttpExchange exchange) throws IOException {
		if (!isMethod(exchange, "GET")) {
			return;
		}
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || authorization.isBlank()) {
			sendGatewayError(exchange, 401, 16, "auth header missing", null);
			return;
		}
		IssuedToken token = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				? this.tokens.get(authorization.substring(7).trim()) : null;
		if (token == null || !token.isActive(this.clock.instant())) {
			sendGatewayError(exchange, 401, 16, "Token is invalid", "AUTH-7fs1e");
			return;
		}
		if (!token.scopes.contains(ZITADEL_AUDIENCE_SCOPE)) {
			sendGatewayError(exchange, 401, 16, "invalid audience", "APP-Zxfako");
			return;
		}
		Organization organization = token.user.organization();
		String requestedOrganization = exchange.getRequestHeaders().getFirst("x-zitadel-orgid");
		if (requestedOrganization != null) {
			organization = this.organizations.get(requestedOrganization);
			if (organization == null) {
				sendGatewayError(exchange, 403, 7, "No matching permissions found", "AUTH-5mWD2");
				return;
			}
		}
		send(exchange, 200, Map.of("org", organizationJson(organization, token.issuedAt)));
	}

	private static Map<String, Object> organizationJson(Organization organization, Instant now) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("sequence", "2");
		details.put("creationDate", now.toString());
		details.put("changeDate", now.toString());
		details.put("resourceOwner", organization.id());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", organization.id());
		json.put("details", details);
		json.put("state", "ORG_STATE_ACTIVE");
		json.put("name", organization.name());
		json.put("primaryDomain", organization.primaryDomain());
		return json;
	}

	private String idToken(ServiceUser user, Instant issuedAt, Instant expiresAt) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", this.origin.toString());
		claims.put("sub", user.userId());
		claims.put("aud", List.of(user.clientId()));
		claims.put("iat", issuedAt.getEpochSecond());
		claims.put("exp", expiresAt.getEpochSecond());
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		// Unsigned: the test server publishes no keys, and clients of the
		// client-credentials grant do not verify the ID token.
		return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8)) + ".";
	}

	private static boolean isMethod(HttpExchange exchange, String method) throws IOException {
		if (exchange.getRequestMethod().equals(method)) {
			return true;
		}
		exchange.getResponseHeaders().set("Allow", method);
		sendText(exchange, 405, "method not allowed");
		return false;
	}

	private static boolean isFormRequest(HttpExchange exchange) {
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM_CONTENT_TYPE);
	}

	private static Map<String, List<String>> readForm(HttpExchange exchange) throws IOException {
		if (!isFormRequest(exchange)) {
			return Map.of();
		}
		String body;
		try (InputStream input = exchange.getRequestBody()) {
			body = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, List<String>> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			form.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		form.replaceAll((name, values) -> List.copyOf(values));
		return Collections.unmodifiableMap(form);
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

	private static Map<String, List<String>> headersOf(HttpExchange exchange) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		return Collections.unmodifiableMap(headers);
	}

	private static @Nullable String first(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	private static void sendOAuthError(HttpExchange exchange, String error, String description) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		send(exchange, 400, body);
	}

	private static void sendGatewayError(HttpExchange exchange, int status, int code, String message,
			@Nullable String id) throws IOException {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("@type", "type.googleapis.com/zitadel.v1.ErrorDetail");
		if (id != null) {
			detail.put("id", id);
		}
		detail.put("message", message);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("message", (id != null) ? message + " (" + id + ")" : message);
		body.put("details", List.of(detail));
		send(exchange, status, body);
	}

	private static void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		write(exchange, status, Json.write(body));
	}

	private static void sendText(HttpExchange exchange, int status, String body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		write(exchange, status, body);
	}

	private static void write(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length > 0) ? bytes.length : -1);
		if (bytes.length > 0) {
			try (OutputStream output = exchange.getResponseBody()) {
				output.write(bytes);
			}
		}
	}

	private String nextId() {
		return String.valueOf(this.ids.getAndAdd(1_000_003));
	}

	private static String randomSecret() {
		return randomString(48);
	}

	private static String randomToken() {
		return randomString(64);
	}

	private static String randomString(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static final class IssuedToken {

		private final ServiceUser user;

		private final Set<String> scopes;

		private final Instant issuedAt;

		private final Instant expiresAt;

		private volatile boolean revoked;

		IssuedToken(ServiceUser user, Set<String> scopes, Instant issuedAt, Instant expiresAt) {
			this.user = user;
			this.scopes = Set.copyOf(scopes);
			this.issuedAt = issuedAt;
			this.expiresAt = expiresAt;
		}

		void revoke() {
			this.revoked = true;
		}

		boolean isActive(Instant now) {
			return !this.revoked && now.isBefore(this.expiresAt);
		}

	}

}
