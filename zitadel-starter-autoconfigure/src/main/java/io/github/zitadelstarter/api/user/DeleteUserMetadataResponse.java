package io.github.zitadelstarter.api.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of DeleteUserMetadata.
 *
 * @param deletionDate when the entries were deleted
 * @author ZITADEL Spring Boot Starter contributors
 */
public record DeleteUserMetadataResponse(@Nullable Instant deletionDate) {

}
