package io.github.zitadelstarter.api.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Request of AddPersonalAccessToken: a personal access token for a machine user.
 *
 * @param userId the machine user's ID
 * @param expirationDate when the token expires, or {@code null} for never
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddPersonalAccessTokenRequest(String userId, @Nullable Instant expirationDate) {

}
