package io.github.zitadelstarter.api.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of SetUserMetadata.
 *
 * @param setDate when the metadata was set
 * @author ZITADEL Spring Boot Starter contributors
 */
public record SetUserMetadataResponse(@Nullable Instant setDate) {

}
