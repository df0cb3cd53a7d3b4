package io.github.zitadelstarter.api.project;

import io.github.zitadelstarter.api.Pages;
import io.github.zitadelstarter.api.ZitadelApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * ZITADEL's ProjectService v2 ({@code zitadel.project.v2.ProjectService}), for reactive
 * callers: {@code reactiveZitadel.projects()}. Each abstract method is one call of the
 * service; the default methods are shortcuts. Every publisher fails with {@link
 * ZitadelApiException} when ZITADEL answers with an error. {@link ProjectService} is the
 * same for blocking callers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@HttpExchange(url = "/zitadel.project.v2.ProjectService", contentType = "application/json",
		accept = "application/json", headers = "Connect-Protocol-Version=1")
public interface ReactiveProjectService {

	/**
	 * Create a project (CreateProject). Needs the permission project.create.
	 * @param request the project
	 * @return the new project's ID
	 */
	@PostExchange("/CreateProject")
	Mono<CreateProjectResponse> createProject(@RequestBody CreateProjectRequest request);

	/**
	 * Add a role to a project (AddProjectRole).
	 * @param request the project's ID and the role
	 * @return when the role was created
	 */
	@PostExchange("/AddProjectRole")
	Mono<AddProjectRoleResponse> addProjectRole(@RequestBody AddProjectRoleRequest request);

	/**
	 * Add a role without a group to a project (AddProjectRole).
	 * @param projectId the project's ID
	 * @param roleKey the role's key
	 * @param displayName the role's name shown in ZITADEL
	 * @return when the role was created
	 */
	default Mono<AddProjectRoleResponse> addProjectRole(String projectId, String roleKey, String displayName) {
		return addProjectRole(new AddProjectRoleRequest(projectId, roleKey, displayName, null));
	}

	/**
	 * Read one page of a project's roles (ListProjectRoles).
	 * @param request the project's ID, the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListProjectRoles")
	Mono<ListProjectRolesResponse> listProjectRoles(@RequestBody ListProjectRolesRequest request);

	/**
	 * Read all of a project's roles that match a request, one page after the other as
	 * the results are consumed (ListProjectRoles).
	 * @param request the project's ID, the criteria and the first page
	 * @return the roles
	 */
	default Flux<ProjectRole> streamProjectRoles(ListProjectRolesRequest request) {
		return Pages.flux(request.pagination(),
				(pagination) -> listProjectRoles(request.withPagination(pagination)));
	}

}
