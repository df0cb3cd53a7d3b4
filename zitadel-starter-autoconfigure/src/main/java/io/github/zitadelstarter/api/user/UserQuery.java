package io.github.zitadelstarter.api.user;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.api.Criterion;
import io.github.zitadelstarter.api.TextQueryMethod;

/**
 * A criterion of ListUsers, such as {@code UserQuery.byEmail("jane@example.com")}. The
 * criteria of one request must all match; {@link #or(UserQuery...)} and
 * {@link #not(UserQuery)} combine them otherwise.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class UserQuery extends Criterion {

	private UserQuery(String name, Map<String, ?> fields) {
		super(name, fields);
	}

	/**
	 * Match users by email address, ignoring case.
	 * @param email the address
	 * @return the criterion
	 */
	public static UserQuery byEmail(String email) {
		return byEmail(email, TextQueryMethod.EQUALS_IGNORE_CASE);
	}

	/**
	 * Match users by email address.
	 * @param email the address, or part of it
	 * @param method how to match it
	 * @return the criterion
	 */
	public static UserQuery byEmail(String email, TextQueryMethod method) {
		return new UserQuery("emailQuery", Map.of("emailAddress", email, "method", method));
	}

	/**
	 * Match users by username, exactly.
	 * @param username the username
	 * @return the criterion
	 */
	public static UserQuery byUsername(String username) {
		return byUsername(username, TextQueryMethod.EQUALS);
	}

	/**
	 * Match users by username.
	 * @param username the username, or part of it
	 * @param method how to match it
	 * @return the criterion
	 */
	public static UserQuery byUsername(String username, TextQueryMethod method) {
		return new UserQuery("userNameQuery", Map.of("userName", username, "method", method));
	}

	/**
	 * Match users by login name, exactly.
	 * @param loginName the login name, such as {@code jane@acme.example.com}
	 * @return the criterion
	 */
	public static UserQuery byLoginName(String loginName) {
		return new UserQuery("loginNameQuery", Map.of("loginName", loginName, "method", TextQueryMethod.EQUALS));
	}

	/**
	 * Match the users of an organization.
	 * @param organizationId the organization's ID
	 * @return the criterion
	 */
	public static UserQuery inOrganization(String organizationId) {
		return new UserQuery("organizationIdQuery", Map.of("organizationId", organizationId));
	}

	/**
	 * Match human users or machine users.
	 * @param type the kind of user
	 * @return the criterion
	 */
	public static UserQuery ofType(UserType type) {
		return new UserQuery("typeQuery", Map.of("type", type));
	}

	/**
	 * Match users by ID.
	 * @param userIds the IDs
	 * @return the criterion
	 */
	public static UserQuery withIds(String... userIds) {
		return new UserQuery("inUserIdsQuery", Map.of("userIds", List.of(userIds)));
	}

	/**
	 * Match users in a state.
	 * @param state the state
	 * @return the criterion
	 */
	public static UserQuery inState(UserState state) {
		return new UserQuery("stateQuery", Map.of("state", state));
	}

	/**
	 * Match users that match any of the given criteria.
	 * @param queries the criteria
	 * @return the criterion
	 */
	public static UserQuery or(UserQuery... queries) {
		return new UserQuery("orQuery", Map.of("queries", Arrays.asList(queries)));
	}

	/**
	 * Match users that match all of the given criteria.
	 * @param queries the criteria
	 * @return the criterion
	 */
	public static UserQuery and(UserQuery... queries) {
		return new UserQuery("andQuery", Map.of("queries", Arrays.asList(queries)));
	}

	/**
	 * Match users that do not match the given criterion.
	 * @param query the criterion
	 * @return the criterion
	 */
	public static UserQuery not(UserQuery query) {
		return new UserQuery("notQuery", Map.of("query", query));
	}

}
