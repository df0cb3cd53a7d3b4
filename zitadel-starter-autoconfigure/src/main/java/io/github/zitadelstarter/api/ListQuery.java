package io.github.zitadelstarter.api;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a list to return, as ZITADEL's list calls take it: the {@code query} of
 * ListUsers and ListOrganizations, the {@code pagination} of the newer list calls. Without
 * a limit, ZITADEL returns {@value #DEFAULT_LIMIT} results; it returns at most 1000.
 *
 * @param offset how many results to skip
 * @param limit how many results to return at most, or {@code null} for ZITADEL's default
 * @param asc whether to sort ascending, or {@code null} for ZITADEL's default
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListQuery(long offset, @Nullable Integer limit, @Nullable Boolean asc) {

	/**
	 * How many results ZITADEL returns when a query sets no limit.
	 */
	public static final int DEFAULT_LIMIT = 100;

	/**
	 * Return a query for the first page of the given size.
	 * @param limit how many results to return at most
	 * @return the query
	 */
	public static ListQuery firstPage(int limit) {
		return new ListQuery(0, limit, null);
	}

	/**
	 * Return this query with another offset.
	 * @param offset how many results to skip
	 * @return the query
	 */
	public ListQuery withOffset(long offset) {
		return new ListQuery(offset, this.limit, this.asc);
	}

	/**
	 * Return this query sorting ascending or descending.
	 * @param asc whether to sort ascending
	 * @return the query
	 */
	public ListQuery withAsc(boolean asc) {
		return new ListQuery(this.offset, this.limit, asc);
	}

	/**
	 * Return the limit, or ZITADEL's default if none is set.
	 * @return the limit
	 */
	public int limitOrDefault() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

}
