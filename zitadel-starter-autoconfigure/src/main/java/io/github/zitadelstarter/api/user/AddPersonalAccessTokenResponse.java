package io.github.zitadelstarter.api.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of AddPersonalAccessToken. ZITADEL shows the token this once; it never appears
 * in {@link #toString()}.
 *
 * @param tokenId the token's ID
 * @param token the token
 * @param creationDate when it was created
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddPersonalAccessTokenResponse(String tokenId, String token, @Nullable Instant creationDate) {

	@Override
	public String toString() {
		return "AddPersonalAccessTokenResponse[tokenId=" + this.tokenId + ", token=******, creationDate="
				+ this.creationDate + "]";
	}

}
