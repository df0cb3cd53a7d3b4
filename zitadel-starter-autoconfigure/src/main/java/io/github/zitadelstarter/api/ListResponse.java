package io.github.zitadelstarter.api;

import java.util.List;

/**
 * One page of a list call's results, as {@link Pages} walks them.
 *
 * @param <T> the type of the results
 * @author ZITADEL Spring Boot Starter contributors
 */
public interface ListResponse<T> {

	/**
	 * Return the results on this page.
	 * @return the results, empty if there are none
	 */
	List<T> items();

	/**
	 * Return how many results match the query on all pages.
	 * @return the total, 0 if ZITADEL did not say
	 */
	long totalResult();

}
