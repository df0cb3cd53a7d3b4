package io.github.zitadelstarter.test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The test server's controls for the resources of ZITADEL's v2 APIs (users, metadata,
 * projects, roles and authorizations): {@code zitadel.resources()}. Seed what a test
 * needs, set which calls a service user may make ({@link ManagerRole}), and look at what
 * the application changed.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class TestResources {

	private final Instance instance;

	TestResources(Instance instance) {
		this.instance = instance;
	}

	/**
	 * Add an active human user with a verified email address.
	 * @param organization the user's organization, registered on this server
	 * @param username the username, unique on the server
	 * @param givenName the given name
	 * @param familyName the family name
	 * @param email the email address
	 * @return the user's ID
	 */
	public String addHumanUser(Organization organization, String username, String givenName, String familyName,
			String email) {
		User user = this.instance.addUser(organization, User.Type.HUMAN, username);
		user.setProfile(new User.Profile(givenName, familyName, givenName + " " + familyName, "", email, true));
		return user.id();
	}

	/**
	 * Add a project with roles whose display names are their keys.
	 * @param organization the organization that owns the project
	 * @param name the project's name
	 * @param roleKeys the keys of its roles
	 * @return the project's ID
	 */
	public String addProject(Organization organization, String name, String... roleKeys) {
		Project project = this.instance.addProject(name, organization);
		for (String key : roleKeys) {
			project.roles().put(key, new Project.Role(key, key, ""));
		}
		return project.id();
	}

	/**
	 * Grant roles of a project to a user in an organization. A user has one authorization
	 * per project and organization, as in ZITADEL.
	 * @param userId the user's ID
	 * @param projectId the project's ID
	 * @param organization the organization in which the roles are granted
	 * @param roleKeys the keys of the roles, which the project defines
	 * @return the authorization's ID
	 */
	public String addAuthorization(String userId, String projectId, Organization organization, String... roleKeys) {
		User user = required(this.instance.user(userId), "User " + userId);
		Project project = required(this.instance.project(projectId), "Project " + projectId);
		for (String key : roleKeys) {
			required(project.roles().get(key), "Role " + key + " of project " + projectId);
		}
		return this.instance.authorize(user, project, organization, Set.of(roleKeys)).id();
	}

	/**
	 * Set which v2 API calls a service user may make; every service user starts as
	 * {@link ManagerRole#IAM_OWNER}. With {@link ManagerRole#NONE}, every call is answered
	 * permission_denied, as ZITADEL answers a service user without a manager role.
	 * @param user the service user
	 * @param role its manager role
	 */
	public void setManagerRole(ServiceUser user, ManagerRole role) {
		required(this.instance.user(user.userId()), "Service user " + user.userId()).setManagerRole(role);
	}

	/**
	 * Return a user's metadata, with the values as UTF-8 text.
	 * @param userId the user's ID
	 * @return the metadata by key, empty if the user has none or does not exist
	 */
	public Map<String, String> metadata(String userId) {
		User user = this.instance.user(userId);
		if (user == null) {
			return Map.of();
		}
		Map<String, String> metadata = new TreeMap<>();
		user.metadata().forEach((key, value) -> metadata.put(key, new String(value, StandardCharsets.UTF_8)));
		return Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
	}

	/**
	 * Return a user's state.
	 * @param userId the user's ID
	 * @return {@code ACTIVE} or {@code INACTIVE}, or {@code null} if there is no such user
	 * (or it was deleted)
	 */
	public @Nullable String userState(String userId) {
		User user = this.instance.user(userId);
		return (user != null) ? user.state().name() : null;
	}

	/**
	 * Return the keys of the roles of a project that a user holds through its
	 * authorizations, in any organization.
	 * @param userId the user's ID
	 * @param projectId the project's ID
	 * @return the role keys, sorted
	 */
	public Set<String> roleKeys(String userId, String projectId) {
		Set<String> keys = new TreeSet<>();
		this.instance.authorizations()
			.stream()
			.filter((authorization) -> authorization.user().id().equals(userId)
					&& authorization.project().id().equals(projectId))
			.forEach((authorization) -> keys.addAll(authorization.roleKeys()));
		return Collections.unmodifiableSet(keys);
	}

	private static <T> T required(@Nullable T value, String description) {
		if (value == null) {
			throw new IllegalArgumentException(description + " is not registered");
		}
		return value;
	}

	@Override
	public String toString() {
		return "TestResources{instance=" + this.instance.origin() + "}";
	}

}
