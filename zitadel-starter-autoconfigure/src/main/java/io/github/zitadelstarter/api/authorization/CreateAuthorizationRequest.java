package io.github.zitadelstarter.api.authorization;

import java.util.List;

/**
 * Request of CreateAuthorization: grants roles of a project to a user in an organization.
 *
 * @param userId the user's ID
 * @param projectId the project's ID
 * @param organizationId the ID of the organization in which the roles are granted
 * (required since the AuthorizationService v2 became generally available)
 * @param roleKeys the keys of the roles to grant
 * @author ZITADEL Spring Boot Starter contributors
 */
public record CreateAuthorizationRequest(String userId, String projectId, String organizationId,
		List<String> roleKeys) {

	public CreateAuthorizationRequest {
		roleKeys = List.copyOf(roleKeys);
	}

}
