package io.github.zitadelstarter.api.authorization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of DeleteAuthorization.
 *
 * @param deletionDate when the authorization was deleted
 * @author ZITADEL Spring Boot Starter contributors
 */
public record DeleteAuthorizationResponse(@Nullable Instant deletionDate) {

}
