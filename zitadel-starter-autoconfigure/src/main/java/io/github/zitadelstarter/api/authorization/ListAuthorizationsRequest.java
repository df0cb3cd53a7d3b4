package io.github.zitadelstarter.api.authorization;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListQuery;
import org.jspecify.annotations.Nullable;

/**
 * Request of ListAuthorizations.
 *
 * @param pagination which page to return, or {@code null} for the first 100
 * @param sortingColumn the field to sort by, such as
 * {@code AUTHORIZATION_FIELD_NAME_CREATED_DATE}, or {@code null} for ZITADEL's default
 * @param filters the criteria, all of which must match
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListAuthorizationsRequest(@Nullable ListQuery pagination, @Nullable String sortingColumn,
		List<AuthorizationFilter> filters) {

	public ListAuthorizationsRequest {
		filters = List.copyOf(Objects.requireNonNullElse(filters, List.of()));
	}

	/**
	 * Return a request for the first page of the authorizations that match all the given
	 * criteria.
	 * @param filters the criteria
	 * @return the request
	 */
	public static ListAuthorizationsRequest of(AuthorizationFilter... filters) {
		return new ListAuthorizationsRequest(null, null, List.of(filters));
	}

	/**
	 * Return this request for another page.
	 * @param pagination the page
	 * @return the request
	 */
	public ListAuthorizationsRequest withPagination(ListQuery pagination) {
		return new ListAuthorizationsRequest(pagination, this.sortingColumn, this.filters);
	}

}
