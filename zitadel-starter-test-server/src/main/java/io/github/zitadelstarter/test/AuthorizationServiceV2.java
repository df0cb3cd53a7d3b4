package io.github.zitadelstarter.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * ZITADEL's AuthorizationService v2 over Connect
 * ({@code zitadel.authorization.v2.AuthorizationService}): CreateAuthorization (one per
 * user, project and organization, with roles the project defines), ListAuthorizations
 * with its filters, UpdateAuthorization (which replaces the roles) and
 * DeleteAuthorization.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class AuthorizationServiceV2 {

	// The test server's authorizations are never deactivated
	private static final String STATE_ACTIVE = "STATE_ACTIVE";

	private final Instance instance;

	AuthorizationServiceV2(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		ConnectService service = new ConnectService(this.instance, "zitadel.authorization.v2.AuthorizationService",
				routes);
		service.rpc("CreateAuthorization", this::createAuthorization);
		service.rpc("ListAuthorizations", this::listAuthorizations);
		service.rpc("UpdateAuthorization", this::updateAuthorization);
		service.rpc("DeleteAuthorization", this::deleteAuthorization);
	}

	private Map<String, Object> createAuthorization(ConnectCall call) throws ConnectException {
		User user = call.user(call.requiredString("userId"));
		Project project = call.project(call.requiredString("projectId"));
		Organization organization = call.organization(call.requiredString("organizationId"));
		call.requireManagerOf(organization);
		Set<String> roleKeys = roleKeys(call, project);
		Authorization authorization;
		try {
			authorization = this.instance.authorize(user, project, organization, roleKeys);
		}
		catch (IllegalArgumentException ex) {
			throw ConnectException.alreadyExists("Errors.UserGrant.AlreadyExists", "COMMAND-2n8vs");
		}
		return Map.of("id", authorization.id(), "creationDate", call.now());
	}

	private static Set<String> roleKeys(ConnectCall call, Project project) throws ConnectException {
		Set<String> roleKeys = new LinkedHashSet<>(ConnectCall.strings(call.request(), "roleKeys"));
		for (String key : roleKeys) {
			if (!project.roles().containsKey(key)) {
				throw ConnectException.notFound("Errors.Project.Role.NotFound", "COMMAND-4m9vS");
			}
		}
		return roleKeys;
	}

	private Map<String, Object> listAuthorizations(ConnectCall call) throws ConnectException {
		call.requireAnyManagerRole();
		Predicate<Authorization> matches = (authorization) -> call.mayManage(authorization.organization());
		for (Object filter : ConnectCall.list(call.request(), "filters")) {
			matches = matches.and(filter((Map<?, ?>) filter));
		}
		List<Authorization> all = ConnectCall
			.byId(this.instance.authorizations().stream().filter(matches).toList(), Authorization::id);
		List<Object> page = new ArrayList<>();
		for (Authorization authorization : call.page(all)) {
			page.add(json(authorization));
		}
		return Map.of("pagination", call.pagination(all.size()), "authorizations", page);
	}

	@SuppressWarnings("unchecked")
	private static Predicate<Authorization> filter(Map<?, ?> filter) {
		Map.Entry<?, ?> entry = filter.entrySet().iterator().next();
		Map<String, Object> fields = (Map<String, Object>) entry.getValue();
		Object id = fields.get("id");
		return switch (String.valueOf(entry.getKey())) {
			case "inUserIds" -> (authorization) -> ConnectCall.strings(fields, "ids").contains(authorization.user().id());
			case "authorizationIds" -> (authorization) -> ConnectCall.strings(fields, "ids").contains(authorization.id());
			case "projectId" -> (authorization) -> authorization.project().id().equals(id);
			case "organizationId" -> (authorization) -> authorization.organization().id().equals(id);
			case "userOrganizationId" -> (authorization) -> authorization.user().organization().id().equals(id);
			case "roleKey" -> (authorization) -> authorization.roleKeys()
				.stream()
				.anyMatch((key) -> ConnectCall.matches(ConnectCall.string(fields, "method"), key,
						String.valueOf(fields.get("key"))));
			case "state" -> (authorization) -> STATE_ACTIVE.equals(fields.get("state"));
			default -> (authorization) -> true;
		};
	}

	private Map<String, Object> updateAuthorization(ConnectCall call) throws ConnectException {
		Authorization authorization = authorization(call);
		authorization.setRoleKeys(roleKeys(call, authorization.project()));
		return Map.of("changeDate", call.now());
	}

	private Map<String, Object> deleteAuthorization(ConnectCall call) throws ConnectException {
		this.instance.removeAuthorization(authorization(call));
		return Map.of("deletionDate", call.now());
	}

	private Authorization authorization(ConnectCall call) throws ConnectException {
		Authorization authorization = this.instance.authorization(call.requiredString("id"));
		if (authorization == null) {
			throw ConnectException.notFound("Errors.Authorization.NotFound", "QUERY-7sFd2");
		}
		call.requireManagerOf(authorization.organization());
		return authorization;
	}

	private static Map<String, Object> json(Authorization authorization) {
		User user = authorization.user();
		Project project = authorization.project();
		Map<String, Object> userJson = new LinkedHashMap<>();
		userJson.put("id", user.id());
		userJson.put("preferredLoginName", user.username());
		userJson.put("displayName", (user.profile() != null) ? user.profile().displayName() : user.username());
		userJson.put("organizationId", user.organization().id());
		List<Object> roles = new ArrayList<>();
		for (String key : authorization.roleKeys()) {
			Project.Role role = project.roles().get(key);
			Map<String, Object> roleJson = new LinkedHashMap<>();
			roleJson.put("key", key);
			if (role != null) {
				roleJson.put("displayName", role.displayName());
			}
			roles.add(roleJson);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", authorization.id());
		json.put("project", Map.of("id", project.id(), "name", project.name(), "organizationId",
				project.organization().id()));
		json.put("organization",
				Map.of("id", authorization.organization().id(), "name", authorization.organization().name()));
		json.put("user", userJson);
		json.put("state", STATE_ACTIVE);
		json.put("roles", roles);
		return json;
	}

}
