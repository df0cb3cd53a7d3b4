package io.github.zitadelstarter.test;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A key the test server created for a service user, with the key file ZITADEL offers for
 * download: the value for {@code zitadel.key-json}, or the content of the file that
 * {@code zitadel.key-file} points at.
 *
 * @param keyId the key's ID
 * @param userId the service user's ID
 * @param expirationDate when the server stops accepting the key, or {@code null} if never
 * @param json the key file: type, keyId, key (the private key, PKCS#1 PEM),
 * expirationDate and userId
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ServiceUserKeyFile(String keyId, String userId, @Nullable Instant expirationDate, String json) {

	@Override
	public String toString() {
		return "ServiceUserKeyFile[keyId=" + this.keyId + ", userId=" + this.userId + ", expirationDate="
				+ this.expirationDate + ", json=******]";
	}

}
