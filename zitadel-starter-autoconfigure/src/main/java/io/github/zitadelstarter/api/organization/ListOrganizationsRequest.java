package io.github.zitadelstarter.api.organization;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListQuery;
import org.jspecify.annotations.Nullable;

/**
 * Request of ListOrganizations.
 *
 * @param query which page to return, or {@code null} for the first 100
 * @param sortingColumn the field to sort by ({@code ORGANIZATION_FIELD_NAME_NAME} or
 * {@code ORGANIZATION_FIELD_NAME_CREATION_DATE}), or {@code null} for ZITADEL's default
 * @param queries the criteria, all of which must match
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListOrganizationsRequest(@Nullable ListQuery query, @Nullable String sortingColumn,
		List<OrganizationQuery> queries) {

	public ListOrganizationsRequest {
		queries = List.copyOf(Objects.requireNonNullElse(queries, List.of()));
	}

	/**
	 * Return a request for the first page of the organizations that match all the given
	 * criteria.
	 * @param queries the criteria
	 * @return the request
	 */
	public static ListOrganizationsRequest of(OrganizationQuery... queries) {
		return new ListOrganizationsRequest(null, null, List.of(queries));
	}

	/**
	 * Return this request for another page.
	 * @param query the page
	 * @return the request
	 */
	public ListOrganizationsRequest withQuery(ListQuery query) {
		return new ListOrganizationsRequest(query, this.sortingColumn, this.queries);
	}

}
