package io.github.zitadelstarter.api.project;

import org.jspecify.annotations.Nullable;

/**
 * Request of CreateProject, such as {@code CreateProjectRequest.of(organizationId, "Shop")}.
 *
 * @param organizationId the ID of the organization that owns the project
 * @param projectId the project's ID, or {@code null} to let ZITADEL choose one
 * @param name the project's name
 * @param projectRoleAssertion whether tokens carry the user's roles of the project
 * @param authorizationRequired whether users need an authorization (a role) of the project
 * to sign in to its applications
 * @param projectAccessRequired whether the user's organization needs a grant of the
 * project to sign in to its applications
 * @author ZITADEL Spring Boot Starter contributors
 */
public record CreateProjectRequest(String organizationId, @Nullable String projectId, String name,
		@Nullable Boolean projectRoleAssertion, @Nullable Boolean authorizationRequired,
		@Nullable Boolean projectAccessRequired) {

	/**
	 * Return a request for a project with ZITADEL's default settings.
	 * @param organizationId the ID of the organization that owns the project
	 * @param name the project's name
	 * @return the request
	 */
	public static CreateProjectRequest of(String organizationId, String name) {
		return new CreateProjectRequest(organizationId, null, name, null, null, null);
	}

	/**
	 * Return this request for a project whose roles the tokens carry.
	 * @return the request
	 */
	public CreateProjectRequest withRoleAssertion() {
		return new CreateProjectRequest(this.organizationId, this.projectId, this.name, true,
				this.authorizationRequired, this.projectAccessRequired);
	}

}
