package io.github.zitadelstarter.api.authorization;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListResponse;
import io.github.zitadelstarter.api.PaginationResponse;
import org.jspecify.annotations.Nullable;

/**
 * Answer of ListAuthorizations: one page of authorizations.
 *
 * @param pagination the total number of matching authorizations and the limit applied
 * @param authorizations the authorizations on this page
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListAuthorizationsResponse(@Nullable PaginationResponse pagination, List<Authorization> authorizations)
		implements ListResponse<Authorization> {

	public ListAuthorizationsResponse {
		authorizations = List.copyOf(Objects.requireNonNullElse(authorizations, List.of()));
	}

	@Override
	public List<Authorization> items() {
		return this.authorizations;
	}

	@Override
	public long totalResult() {
		return (this.pagination != null) ? this.pagination.totalResult() : 0;
	}

}
