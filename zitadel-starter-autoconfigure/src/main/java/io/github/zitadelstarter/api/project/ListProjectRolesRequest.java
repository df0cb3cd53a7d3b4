package io.github.zitadelstarter.api.project;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListQuery;
import org.jspecify.annotations.Nullable;

/**
 * Request of ListProjectRoles.
 *
 * @param projectId the project's ID
 * @param pagination which page to return, or {@code null} for the first 100 roles
 * @param filters the criteria, all of which must match
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListProjectRolesRequest(String projectId, @Nullable ListQuery pagination,
		List<ProjectRoleFilter> filters) {

	public ListProjectRolesRequest {
		filters = List.copyOf(Objects.requireNonNullElse(filters, List.of()));
	}

	/**
	 * Return a request for the first page of a project's roles that match all the given
	 * criteria.
	 * @param projectId the project's ID
	 * @param filters the criteria
	 * @return the request
	 */
	public static ListProjectRolesRequest of(String projectId, ProjectRoleFilter... filters) {
		return new ListProjectRolesRequest(projectId, null, List.of(filters));
	}

	/**
	 * Return this request for another page.
	 * @param pagination the page
	 * @return the request
	 */
	public ListProjectRolesRequest withPagination(ListQuery pagination) {
		return new ListProjectRolesRequest(this.projectId, pagination, this.filters);
	}

}
