package io.github.zitadelstarter.api.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of AddSecret: the machine user's new client secret, which replaces any secret it
 * had. Its client ID is its username. ZITADEL shows the secret this once; it never
 * appears in {@link #toString()}.
 *
 * @param clientSecret the client secret
 * @param creationDate when it was created
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddSecretResponse(String clientSecret, @Nullable Instant creationDate) {

	@Override
	public String toString() {
		return "AddSecretResponse[clientSecret=******, creationDate=" + this.creationDate + "]";
	}

}
