package io.github.zitadelstarter.api.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of AddKey. When ZITADEL generated the key pair, the content is the key file
 * (JSON with the private key) that zitadel.key-json takes; it never appears in
 * {@link #toString()}.
 *
 * @param keyId the key's ID
 * @param keyContent the key file, empty when the request brought its own public key
 * @param creationDate when the key was created
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddKeyResponse(String keyId, byte @Nullable [] keyContent, @Nullable Instant creationDate) {

	/**
	 * Return the key file as text.
	 * @return the key file, empty if there is none
	 */
	public String keyContentAsString() {
		return (this.keyContent != null) ? new String(this.keyContent, StandardCharsets.UTF_8) : "";
	}

	@Override
	public String toString() {
		return "AddKeyResponse[keyId=" + this.keyId + ", keyContent=******, creationDate=" + this.creationDate + "]";
	}

}
