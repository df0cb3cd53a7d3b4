package io.github.zitadelstarter.api.authorization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of UpdateAuthorization.
 *
 * @param changeDate when the roles were replaced
 * @author ZITADEL Spring Boot Starter contributors
 */
public record UpdateAuthorizationResponse(@Nullable Instant changeDate) {

}
