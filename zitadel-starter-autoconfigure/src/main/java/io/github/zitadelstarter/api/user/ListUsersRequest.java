package io.github.zitadelstarter.api.user;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListQuery;
import org.jspecify.annotations.Nullable;

/**
 * Request of ListUsers: users that match all the given criteria, such as
 * {@code ListUsersRequest.of(UserQuery.inOrganization(id), UserQuery.ofType(UserType.HUMAN))}.
 *
 * @param query which page to return, or {@code null} for the first 100
 * @param sortingColumn the field to sort by, such as {@code USER_FIELD_NAME_CREATION_DATE},
 * or {@code null} for ZITADEL's default
 * @param queries the criteria, all of which must match; none matches every user the
 * caller may read
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListUsersRequest(@Nullable ListQuery query, @Nullable String sortingColumn, List<UserQuery> queries) {

	public ListUsersRequest {
		queries = List.copyOf(Objects.requireNonNullElse(queries, List.of()));
	}

	/**
	 * Return a request for the first page of the users that match all the given
	 * criteria.
	 * @param queries the criteria
	 * @return the request
	 */
	public static ListUsersRequest of(UserQuery... queries) {
		return new ListUsersRequest(null, null, List.of(queries));
	}

	/**
	 * Return this request for another page.
	 * @param query the page
	 * @return the request
	 */
	public ListUsersRequest withQuery(ListQuery query) {
		return new ListUsersRequest(query, this.sortingColumn, this.queries);
	}

	/**
	 * Return this request sorted by a field.
	 * @param sortingColumn the field, such as {@code USER_FIELD_NAME_USER_NAME}
	 * @return the request
	 */
	public ListUsersRequest withSortingColumn(String sortingColumn) {
		return new ListUsersRequest(this.query, sortingColumn, this.queries);
	}

}
