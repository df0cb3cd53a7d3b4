package io.github.zitadelstarter.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What ZITADEL says about a resource or a change of it ({@code details}).
 *
 * @param sequence the sequence of the resource's last event
 * @param creationDate when the resource was created
 * @param changeDate when the resource last changed
 * @param resourceOwner the ID of the organization that owns the resource
 * @author ZITADEL Spring Boot Starter contributors
 */
public record Details(long sequence, @Nullable Instant creationDate, @Nullable Instant changeDate,
		@Nullable String resourceOwner) {

}
