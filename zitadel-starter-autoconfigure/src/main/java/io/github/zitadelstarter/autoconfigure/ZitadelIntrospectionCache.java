package io.github.zitadelstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;

/**
 * Introspection answers kept for a short while, by the SHA-256 hash of the token (the
 * token itself is not kept). An answer is reused for the configured time to live, never
 * past the token's expiry. With a time to live of zero nothing is kept. At most
 * {@value #MAX_ENTRIES} answers are kept; when full, expired answers are dropped, and if
 * none has expired, all of them.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelIntrospectionCache {

	static final int MAX_ENTRIES = 10_000;

	private final Duration timeToLive;

	private final Clock clock;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	ZitadelIntrospectionCache(Duration timeToLive, Clock clock) {
		this.timeToLive = timeToLive;
		this.clock = clock;
	}

	@Nullable OAuth2AuthenticatedPrincipal get(String token) {
		if (this.timeToLive.isZero()) {
			return null;
		}
		String key = hash(token);
		Entry entry = this.entries.get(key);
		if (entry == null) {
			return null;
		}
		if (!this.clock.instant().isBefore(entry.expiresAt())) {
			this.entries.remove(key, entry);
			return null;
		}
		return entry.principal();
	}

	void put(String token, OAuth2AuthenticatedPrincipal principal) {
		if (this.timeToLive.isZero()) {
			return;
		}
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.timeToLive);
		if (principal.getAttribute(OAuth2TokenIntrospectionClaimNames.EXP) instanceof Instant tokenExpiry
				&& tokenExpiry.isBefore(expiresAt)) {
			expiresAt = tokenExpiry;
		}
		if (!now.isBefore(expiresAt)) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.values().removeIf((entry) -> !now.isBefore(entry.expiresAt()));
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
		}
		this.entries.put(hash(token), new Entry(principal, expiresAt));
	}

	int size() {
		return this.entries.size();
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private record Entry(OAuth2AuthenticatedPrincipal principal, Instant expiresAt) {

	}

}
