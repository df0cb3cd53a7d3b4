package io.github.zitadelstarter.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ZITADEL's ProjectService v2 over Connect ({@code zitadel.project.v2.ProjectService}):
 * CreateProject, AddProjectRole (keys unique in the project) and ListProjectRoles with
 * its filters.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ProjectServiceV2 {

	private final Instance instance;

	ProjectServiceV2(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		ConnectService service = new ConnectService(this.instance, "zitadel.project.v2.ProjectService", routes);
		service.rpc("CreateProject", this::createProject);
		service.rpc("AddProjectRole", this::addProjectRole);
		service.rpc("ListProjectRoles", this::listProjectRoles);
	}

	private Map<String, Object> createProject(ConnectCall call) throws ConnectException {
		Organization organization = call.organization(call.requiredString("organizationId"));
		String name = call.requiredString("name");
		call.requireManagerOf(organization);
		Project project = this.instance.addProject(name, organization);
		return Map.of("projectId", project.id(), "creationDate", call.now());
	}

	private Map<String, Object> addProjectRole(ConnectCall call) throws ConnectException {
		Project project = call.project(call.requiredString("projectId"));
		String key = call.requiredString("roleKey");
		String displayName = call.requiredString("displayName");
		String group = String.valueOf(call.request().getOrDefault("group", ""));
		if (project.roles().putIfAbsent(key, new Project.Role(key, displayName, group)) != null) {
			throw ConnectException.alreadyExists("Errors.Project.Role.AlreadyExists", "COMMAND-4m9vS");
		}
		return Map.of("creationDate", call.now());
	}

	private Map<String, Object> listProjectRoles(ConnectCall call) throws ConnectException {
		Project project = call.project(call.requiredString("projectId"));
		List<Project.Role> roles = project.roles()
			.values()
			.stream()
			.filter((role) -> ConnectCall.list(call.request(), "filters")
				.stream()
				.allMatch((filter) -> matches(filter, role)))
			.sorted((a, b) -> a.key().compareTo(b.key()))
			.toList();
		List<Object> page = new ArrayList<>();
		for (Project.Role role : call.page(roles)) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("projectId", project.id());
			json.put("key", role.key());
			json.put("displayName", role.displayName());
			if (!role.group().isEmpty()) {
				json.put("group", role.group());
			}
			page.add(json);
		}
		return Map.of("pagination", call.pagination(roles.size()), "projectRoles", page);
	}

	@SuppressWarnings("unchecked")
	private static boolean matches(Object filter, Project.Role role) {
		Map<String, Object> fields = (Map<String, Object>) filter;
		Map<String, Object> key = ConnectCall.object(fields, "roleKeyFilter");
		if (key != null) {
			return ConnectCall.matches(ConnectCall.string(key, "method"), role.key(), String.valueOf(key.get("key")));
		}
		Map<String, Object> displayName = ConnectCall.object(fields, "displayNameFilter");
		if (displayName != null) {
			return ConnectCall.matches(ConnectCall.string(displayName, "method"), role.displayName(),
					String.valueOf(displayName.get("displayName")));
		}
		return true;
	}

}
