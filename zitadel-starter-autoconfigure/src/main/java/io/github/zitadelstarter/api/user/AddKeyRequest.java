package io.github.zitadelstarter.api.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Request of AddKey: a key for a machine user, for ZITADEL's JWT profile grant.
 *
 * @param userId the machine user's ID
 * @param expirationDate when ZITADEL stops accepting the key, or {@code null} for never
 * @param publicKey a public RSA key of the caller's own (PEM or DER), or {@code null} to
 * let ZITADEL generate the key pair and return the private key in the key file
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddKeyRequest(String userId, @Nullable Instant expirationDate, byte @Nullable [] publicKey) {

	/**
	 * Return a request for a key pair that ZITADEL generates.
	 * @param userId the machine user's ID
	 * @param expirationDate when ZITADEL stops accepting the key, or {@code null} for
	 * never
	 * @return the request
	 */
	public static AddKeyRequest generated(String userId, @Nullable Instant expirationDate) {
		return new AddKeyRequest(userId, expirationDate, null);
	}

}
