package io.github.zitadelstarter.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One call of a v2 service: the calling user and the request's JSON, with accessors that
 * answer invalid_argument for a missing required field, lookups that answer not_found,
 * the caller's permissions (its {@link ManagerRole}) and pagination.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ConnectCall {

	private static final int MAX_LIMIT = 1000;

	private final Instance instance;

	private final User caller;

	private final String rpc;

	private final Map<String, Object> request;

	ConnectCall(Instance instance, User caller, String rpc, Map<String, Object> request) {
		this.instance = instance;
		this.caller = caller;
		this.rpc = rpc;
		this.request = request;
	}

	Map<String, Object> request() {
		return this.request;
	}

	String requiredString(String field) throws ConnectException {
		return requiredString(this.request, field);
	}

	@Nullable String string(String field) {
		return string(this.request, field);
	}

	String requiredString(Map<String, Object> object, String field) throws ConnectException {
		String value = string(object, field);
		if (value == null || value.isEmpty()) {
			throw ConnectException.invalidArgument("invalid " + this.rpc + "Request." + field
					+ ": value length must be at least 1 characters [string.min_len]");
		}
		return value;
	}

	/**
	 * Return the values of a repeated field, or answer invalid_argument if it has none.
	 */
	List<Object> requiredList(String field) throws ConnectException {
		List<Object> values = list(this.request, field);
		if (values.isEmpty()) {
			throw ConnectException.invalidArgument("invalid " + this.rpc + "Request." + field
					+ ": value must contain at least 1 item(s) [repeated.min_items]");
		}
		return values;
	}

	static @Nullable String string(Map<String, Object> object, String field) {
		Object value = object.get(field);
		return (value != null) ? String.valueOf(value) : null;
	}

	static boolean bool(Map<String, Object> object, String field) {
		return Boolean.TRUE.equals(object.get(field));
	}

	@SuppressWarnings("unchecked")
	static @Nullable Map<String, Object> object(Map<String, Object> object, String field) {
		return (object.get(field) instanceof Map<?, ?> value) ? (Map<String, Object>) value : null;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> object, String field) {
		return (object.get(field) instanceof List<?> value) ? (List<Object>) value : List.of();
	}

	static List<String> strings(Map<String, Object> object, String field) {
		return list(object, field).stream().map(String::valueOf).toList();
	}

	/**
	 * Answer permission_denied unless the caller may change the organization's resources.
	 */
	void requireManagerOf(Organization organization) throws ConnectException {
		if (!mayManage(organization)) {
			throw ConnectException.permissionDenied();
		}
	}

	void requireInstanceManager() throws ConnectException {
		if (this.caller.managerRole() != ManagerRole.IAM_OWNER) {
			throw ConnectException.permissionDenied();
		}
	}

	/**
	 * Answer permission_denied if the caller may not read any organization's resources.
	 */
	void requireAnyManagerRole() throws ConnectException {
		if (this.caller.managerRole() == ManagerRole.NONE) {
			throw ConnectException.permissionDenied();
		}
	}

	boolean mayManage(Organization organization) {
		return switch (this.caller.managerRole()) {
			case IAM_OWNER -> true;
			case ORG_OWNER -> this.caller.organization().id().equals(organization.id());
			case NONE -> false;
		};
	}

	Organization organization(String id) throws ConnectException {
		Organization organization = this.instance.organization(id);
		if (organization == null) {
			throw ConnectException.notFound("Errors.Org.NotFound", "QUERY-iTTGJ");
		}
		return organization;
	}

	/**
	 * Return the user with the given ID that the caller may manage.
	 */
	User user(String id) throws ConnectException {
		User user = this.instance.user(id);
		if (user == null) {
			throw ConnectException.notFound("Errors.User.NotFound", "QUERY-Dfbg2");
		}
		requireManagerOf(user.organization());
		return user;
	}

	User machineUser(String id) throws ConnectException {
		User user = user(id);
		if (user.type() != User.Type.MACHINE) {
			throw ConnectException.failedPrecondition("Errors.User.NotMachine", "COMMAND-ASfx3");
		}
		return user;
	}

	Project project(String id) throws ConnectException {
		Project project = this.instance.project(id);
		if (project == null) {
			throw ConnectException.notFound("Errors.Project.NotFound", "QUERY-Ahk3v");
		}
		requireManagerOf(project.organization());
		return project;
	}

	/**
	 * Return the page of the given results, in ascending order, that the request's
	 * {@code query} or {@code pagination} asks for; in descending order if asc is false.
	 */
	<T> List<T> page(List<T> ascending) throws ConnectException {
		Map<String, Object> query = object(this.request, "query");
		if (query == null) {
			query = object(this.request, "pagination");
		}
		query = (query != null) ? query : Map.of();
		long offset = Long.parseLong(String.valueOf(query.getOrDefault("offset", "0")));
		int limit = Integer.parseInt(String.valueOf(query.getOrDefault("limit", "100")));
		if (limit > MAX_LIMIT) {
			throw ConnectException.invalidArgument("Errors.Query.LimitExceeded");
		}
		List<T> ordered = new ArrayList<>(ascending);
		if (Boolean.FALSE.equals(query.get("asc"))) {
			Collections.reverse(ordered);
		}
		return ordered.stream().skip(offset).limit(limit).toList();
	}

	/**
	 * Sort resources by ID, which is their creation order.
	 */
	static <T> List<T> byId(Collection<T> resources, Function<T, String> id) {
		return resources.stream().sorted(Comparator.comparing((T resource) -> Long.parseLong(id.apply(resource)))).toList();
	}

	int limit() {
		Map<String, Object> query = object(this.request, "pagination");
		return (query != null) ? Integer.parseInt(String.valueOf(query.getOrDefault("limit", "100"))) : 100;
	}

	/**
	 * Return whether a text matches, by a text query or filter method such as
	 * {@code TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE} (equals when no method is given).
	 */
	static boolean matches(@Nullable String method, String actual, String expected) {
		String kind = (method != null) ? method.replaceFirst("^TEXT_(QUERY|FILTER)_METHOD_", "") : "EQUALS";
		boolean ignoreCase = kind.endsWith("_IGNORE_CASE");
		String value = ignoreCase ? actual.toLowerCase(Locale.ROOT) : actual;
		String wanted = ignoreCase ? expected.toLowerCase(Locale.ROOT) : expected;
		return switch (kind.replace("_IGNORE_CASE", "")) {
			case "STARTS_WITH" -> value.startsWith(wanted);
			case "CONTAINS" -> value.contains(wanted);
			case "ENDS_WITH" -> value.endsWith(wanted);
			default -> value.equals(wanted);
		};
	}

	String now() {
		return this.instance.now().toString();
	}

	/**
	 * Return {@code details} of the query-style lists (ListUsers, ListOrganizations).
	 */
	Map<String, Object> listDetails(long totalResult) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("totalResult", String.valueOf(totalResult));
		details.put("timestamp", now());
		return details;
	}

	/**
	 * Return {@code pagination} of the newer lists (metadata, project roles,
	 * authorizations).
	 */
	Map<String, Object> pagination(long totalResult) {
		return Map.of("totalResult", String.valueOf(totalResult), "appliedLimit", String.valueOf(limit()));
	}

}
