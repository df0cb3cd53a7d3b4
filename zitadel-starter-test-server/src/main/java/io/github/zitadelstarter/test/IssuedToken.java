package io.github.zitadelstarter.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An access token the test server issued, or a personal access token it created. A user's
 * access token also carries its audience and the claims ZITADEL asserts for it (roles,
 * organization), taken when it was issued.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class IssuedToken {

	private static final Pattern PROJECT_AUDIENCE_SCOPE = Pattern
		.compile("urn:zitadel:iam:org:project:id:([^:]+):aud");

	private final User user;

	private final Set<String> scopes;

	private final Instant issuedAt;

	private final @Nullable Instant expiresAt;

	private final boolean personal;

	private final @Nullable List<String> audience;

	private final Map<String, Object> claims;

	private volatile boolean revoked;

	private IssuedToken(User user, Set<String> scopes, Instant issuedAt, @Nullable Instant expiresAt,
			boolean personal, @Nullable List<String> audience, Map<String, Object> claims) {
		this.user = user;
		this.scopes = Set.copyOf(scopes);
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
		this.personal = personal;
		this.audience = (audience != null) ? List.copyOf(audience) : null;
		this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
	}

	static IssuedToken accessToken(User user, Set<String> scopes, Instant issuedAt, Instant expiresAt) {
		return new IssuedToken(user, scopes, issuedAt, expiresAt, false, null, Map.of());
	}

	static IssuedToken personalAccessToken(User user, Instant issuedAt, @Nullable Instant expiresAt) {
		return new IssuedToken(user, Set.of(), issuedAt, expiresAt, true, null, Map.of());
	}

	/**
	 * Create a user's access token with its audience and the claims asserted for it.
	 */
	static IssuedToken userAccessToken(User user, Set<String> scopes, List<String> audience,
			Map<String, Object> claims, Instant issuedAt, Instant expiresAt) {
		return new IssuedToken(user, scopes, issuedAt, expiresAt, false, audience, claims);
	}

	User user() {
		return this.user;
	}

	Set<String> scopes() {
		return this.scopes;
	}

	Instant issuedAt() {
		return this.issuedAt;
	}

	@Nullable Instant expiresAt() {
		return this.expiresAt;
	}

	/**
	 * Return the token's audience: the one it was issued with or, for a service user's
	 * token, the client ID and the projects of its ...:aud scopes, as ZITADEL builds it.
	 * Empty for a personal access token, whose audience ZITADEL does not check.
	 */
	List<String> audience() {
		if (this.audience != null) {
			return this.audience;
		}
		List<String> audience = new ArrayList<>();
		if (!this.personal) {
			audience.add(this.user.username());
			for (String scope : this.scopes) {
				Matcher matcher = PROJECT_AUDIENCE_SCOPE.matcher(scope);
				if (matcher.matches()) {
					audience.add(matcher.group(1));
				}
			}
		}
		return audience;
	}

	/**
	 * Return the claims ZITADEL asserts for the token besides the standard ones, such as
	 * its role claims.
	 */
	Map<String, Object> claims() {
		return this.claims;
	}

	/**
	 * Return whether this is a personal access token, for which ZITADEL checks no
	 * audience.
	 */
	boolean isPersonal() {
		return this.personal;
	}

	void revoke() {
		this.revoked = true;
	}

	boolean isActive(Instant now) {
		return !this.revoked && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

}
