package io.github.zitadelstarter.api.authorization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of CreateAuthorization.
 *
 * @param id the new authorization's ID
 * @param creationDate when it was created
 * @author ZITADEL Spring Boot Starter contributors
 */
public record CreateAuthorizationResponse(String id, @Nullable Instant creationDate) {

}
