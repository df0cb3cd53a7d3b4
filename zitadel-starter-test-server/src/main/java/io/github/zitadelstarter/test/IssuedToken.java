package io.github.zitadelstarter.test;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An access token the test server issued, or a personal access token it created.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class IssuedToken {

	private final User user;

	private final Set<String> scopes;

	private final Instant issuedAt;

	private final @Nullable Instant expiresAt;

	private final boolean personal;

	private volatile boolean revoked;

	private IssuedToken(User user, Set<String> scopes, Instant issuedAt, @Nullable Instant expiresAt,
			boolean personal) {
		this.user = user;
		this.scopes = Set.copyOf(scopes);
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
		this.personal = personal;
	}

	static IssuedToken accessToken(User user, Set<String> scopes, Instant issuedAt, Instant expiresAt) {
		return new IssuedToken(user, scopes, issuedAt, expiresAt, false);
	}

	static IssuedToken personalAccessToken(User user, Instant issuedAt, @Nullable Instant expiresAt) {
		return new IssuedToken(user, Set.of(), issuedAt, expiresAt, true);
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
