package io.github.zitadelstarter.api.user;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListQuery;
import org.jspecify.annotations.Nullable;

/**
 * Request of ListUserMetadata.
 *
 * @param userId the user's ID
 * @param pagination which page to return, or {@code null} for the first 100 entries
 * @param filters the criteria, all of which must match
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListUserMetadataRequest(String userId, @Nullable ListQuery pagination, List<MetadataFilter> filters) {

	public ListUserMetadataRequest {
		filters = List.copyOf(Objects.requireNonNullElse(filters, List.of()));
	}

	/**
	 * Return a request for the first page of a user's entries that match all the given
	 * criteria.
	 * @param userId the user's ID
	 * @param filters the criteria
	 * @return the request
	 */
	public static ListUserMetadataRequest of(String userId, MetadataFilter... filters) {
		return new ListUserMetadataRequest(userId, null, List.of(filters));
	}

	/**
	 * Return this request for another page.
	 * @param pagination the page
	 * @return the request
	 */
	public ListUserMetadataRequest withPagination(ListQuery pagination) {
		return new ListUserMetadataRequest(this.userId, pagination, this.filters);
	}

}
