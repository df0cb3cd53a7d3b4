package io.github.zitadelstarter.api.authorization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An authorization (formerly "user grant"): roles of a project that a user holds in an
 * organization, as ListAuthorizations returns it.
 *
 * @param id the authorization's ID
 * @param creationDate when it was created
 * @param changeDate when it last changed
 * @param project the project whose roles are granted
 * @param organization the organization in which the roles are granted
 * @param user the user who holds the roles
 * @param state the authorization's state
 * @param roles the roles granted
 * @author ZITADEL Spring Boot Starter contributors
 */
public record Authorization(String id, @Nullable Instant creationDate, @Nullable Instant changeDate,
		@Nullable Project project, @Nullable Organization organization, @Nullable User user, AuthorizationState state,
		List<Role> roles) {

	public Authorization {
		state = Objects.requireNonNullElse(state, AuthorizationState.UNSPECIFIED);
		roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
	}

	/**
	 * Return the keys of the roles granted.
	 * @return the role keys
	 */
	public List<String> roleKeys() {
		return this.roles.stream().map(Role::key).toList();
	}

	/**
	 * The project of an authorization.
	 *
	 * @param id the project's ID
	 * @param name the project's name
	 * @param organizationId the ID of the organization that owns it
	 */
	public record Project(String id, @Nullable String name, @Nullable String organizationId) {

	}

	/**
	 * The organization of an authorization.
	 *
	 * @param id the organization's ID
	 * @param name the organization's name
	 */
	public record Organization(String id, @Nullable String name) {

	}

	/**
	 * The user of an authorization.
	 *
	 * @param id the user's ID
	 * @param preferredLoginName the user's preferred login name
	 * @param displayName the user's display name
	 * @param organizationId the ID of the user's organization
	 */
	public record User(String id, @Nullable String preferredLoginName, @Nullable String displayName,
			@Nullable String organizationId) {

	}

	/**
	 * A role granted.
	 *
	 * @param key the role's key
	 * @param displayName the role's name shown in ZITADEL
	 * @param group the group the role belongs to, if any
	 */
	public record Role(String key, @Nullable String displayName, @Nullable String group) {

	}

}
