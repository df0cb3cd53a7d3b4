package io.github.zitadelstarter.api.authorization;

import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.api.Criterion;
import io.github.zitadelstarter.api.TextFilterMethod;

/**
 * A criterion of ListAuthorizations, such as {@code AuthorizationFilter.ofUsers(userId)}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class AuthorizationFilter extends Criterion {

	private AuthorizationFilter(String name, Map<String, ?> fields) {
		super(name, fields);
	}

	/**
	 * Match the authorizations of users.
	 * @param userIds the users' IDs
	 * @return the criterion
	 */
	public static AuthorizationFilter ofUsers(String... userIds) {
		return new AuthorizationFilter("inUserIds", Map.of("ids", List.of(userIds)));
	}

	/**
	 * Match authorizations by ID.
	 * @param ids the IDs
	 * @return the criterion
	 */
	public static AuthorizationFilter withIds(String... ids) {
		return new AuthorizationFilter("authorizationIds", Map.of("ids", List.of(ids)));
	}

	/**
	 * Match the authorizations of a project.
	 * @param projectId the project's ID
	 * @return the criterion
	 */
	public static AuthorizationFilter ofProject(String projectId) {
		return new AuthorizationFilter("projectId", Map.of("id", projectId));
	}

	/**
	 * Match the authorizations granted in an organization.
	 * @param organizationId the organization's ID
	 * @return the criterion
	 */
	public static AuthorizationFilter inOrganization(String organizationId) {
		return new AuthorizationFilter("organizationId", Map.of("id", organizationId));
	}

	/**
	 * Match the authorizations of the users of an organization.
	 * @param organizationId the ID of the users' organization
	 * @return the criterion
	 */
	public static AuthorizationFilter ofUsersInOrganization(String organizationId) {
		return new AuthorizationFilter("userOrganizationId", Map.of("id", organizationId));
	}

	/**
	 * Match the authorizations that grant a role, by its exact key.
	 * @param key the role's key
	 * @return the criterion
	 */
	public static AuthorizationFilter withRole(String key) {
		return new AuthorizationFilter("roleKey", Map.of("key", key, "method", TextFilterMethod.EQUALS));
	}

	/**
	 * Match authorizations in a state.
	 * @param state the state
	 * @return the criterion
	 */
	public static AuthorizationFilter inState(AuthorizationState state) {
		return new AuthorizationFilter("state", Map.of("state", state));
	}

}
