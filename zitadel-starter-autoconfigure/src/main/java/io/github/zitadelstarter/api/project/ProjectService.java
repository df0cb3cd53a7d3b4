package io.github.zitadelstarter.api.project;

import java.util.stream.Stream;

import io.github.zitadelstarter.api.Pages;
import io.github.zitadelstarter.api.ZitadelApiException;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * ZITADEL's ProjectService v2 ({@code zitadel.project.v2.ProjectService}), for blocking
 * callers: {@code zitadel.projects()}. Each abstract method is one call of the service;
 * the default methods are shortcuts. Every method throws {@link ZitadelApiException} when
 * ZITADEL answers with an error. {@link ReactiveProjectService} is the same for reactive
 * callers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@HttpExchange(url = "/zitadel.project.v2.ProjectService", contentType = "application/json",
		accept = "application/json", headers = "Connect-Protocol-Version=1")
public interface ProjectService {

	/**
	 * Create a project (CreateProject). Needs the permission project.create.
	 * @param request the project
	 * @return the new project's ID
	 */
	@PostExchange("/CreateProject")
	CreateProjectResponse createProject(@RequestBody CreateProjectRequest request);

	/**
	 * Add a role to a project (AddProjectRole).
	 * @param request the project's ID and the role
	 * @return when the role was created
	 */
	@PostExchange("/AddProjectRole")
	AddProjectRoleResponse addProjectRole(@RequestBody AddProjectRoleRequest request);

	/**
	 * Add a role without a group to a project (AddProjectRole).
	 * @param projectId the project's ID
	 * @param roleKey the role's key
	 * @param displayName the role's name shown in ZITADEL
	 * @return when the role was created
	 */
	default AddProjectRoleResponse addProjectRole(String projectId, String roleKey, String displayName) {
		return addProjectRole(new AddProjectRoleRequest(projectId, roleKey, displayName, null));
	}

	/**
	 * Read one page of a project's roles (ListProjectRoles).
	 * @param request the project's ID, the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListProjectRoles")
	ListProjectRolesResponse listProjectRoles(@RequestBody ListProjectRolesRequest request);

	/**
	 * Read all of a project's roles that match a request, one page after the other as
	 * the stream is consumed (ListProjectRoles).
	 * @param request the project's ID, the criteria and the first page
	 * @return the roles
	 */
	default Stream<ProjectRole> streamProjectRoles(ListProjectRolesRequest request) {
		return Pages.stream(request.pagination(),
				(pagination) -> listProjectRoles(request.withPagination(pagination)));
	}

}
