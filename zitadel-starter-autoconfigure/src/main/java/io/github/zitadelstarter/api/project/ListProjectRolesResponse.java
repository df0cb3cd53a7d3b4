package io.github.zitadelstarter.api.project;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListResponse;
import io.github.zitadelstarter.api.PaginationResponse;
import org.jspecify.annotations.Nullable;

/**
 * Answer of ListProjectRoles: one page of a project's roles.
 *
 * @param pagination the total number of matching roles and the limit applied
 * @param projectRoles the roles on this page
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListProjectRolesResponse(@Nullable PaginationResponse pagination, List<ProjectRole> projectRoles)
		implements ListResponse<ProjectRole> {

	public ListProjectRolesResponse {
		projectRoles = List.copyOf(Objects.requireNonNullElse(projectRoles, List.of()));
	}

	@Override
	public List<ProjectRole> items() {
		return this.projectRoles;
	}

	@Override
	public long totalResult() {
		return (this.pagination != null) ? this.pagination.totalResult() : 0;
	}

}
