package io.github.zitadelstarter.api.user;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListResponse;
import io.github.zitadelstarter.api.PaginationResponse;
import org.jspecify.annotations.Nullable;

/**
 * Answer of ListUserMetadata: one page of a user's metadata.
 *
 * @param pagination the total number of matching entries and the limit applied
 * @param metadata the entries on this page
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListUserMetadataResponse(@Nullable PaginationResponse pagination, List<Metadata> metadata)
		implements ListResponse<Metadata> {

	public ListUserMetadataResponse {
		metadata = List.copyOf(Objects.requireNonNullElse(metadata, List.of()));
	}

	@Override
	public List<Metadata> items() {
		return this.metadata;
	}

	@Override
	public long totalResult() {
		return (this.pagination != null) ? this.pagination.totalResult() : 0;
	}

}
