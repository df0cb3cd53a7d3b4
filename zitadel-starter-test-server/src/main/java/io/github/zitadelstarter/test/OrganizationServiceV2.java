package io.github.zitadelstarter.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * ZITADEL's OrganizationService v2 over Connect ({@code zitadel.org.v2.OrganizationService}):
 * AddOrganization, for the instance's owners only, with names unique in the instance, and
 * ListOrganizations with its queries.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class OrganizationServiceV2 {

	private final Instance instance;

	OrganizationServiceV2(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		ConnectService service = new ConnectService(this.instance, "zitadel.org.v2.OrganizationService", routes);
		service.rpc("AddOrganization", this::addOrganization);
		service.rpc("ListOrganizations", this::listOrganizations);
	}

	private Map<String, Object> addOrganization(ConnectCall call) throws ConnectException {
		String name = call.requiredString("name");
		call.requireInstanceManager();
		for (Object admin : ConnectCall.list(call.request(), "admins")) {
			@SuppressWarnings("unchecked")
			String userId = ConnectCall.string((Map<String, Object>) admin, "userId");
			if (userId != null && this.instance.user(userId) == null) {
				throw ConnectException.notFound("Errors.User.NotFound", "QUERY-Dfbg2");
			}
		}
		String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".localhost";
		Organization organization;
		try {
			organization = this.instance.addOrganization(name, domain);
		}
		catch (IllegalArgumentException ex) {
			throw ConnectException.alreadyExists("Errors.Org.AlreadyExists", "COMMAND-1M3kd");
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("details", ObjectDetails.of(this.instance.now(), organization.id()));
		response.put("organizationId", organization.id());
		response.put("createdAdmins", List.of());
		return response;
	}

	private Map<String, Object> listOrganizations(ConnectCall call) throws ConnectException {
		call.requireAnyManagerRole();
		Predicate<Organization> matches = call::mayManage;
		for (Object query : ConnectCall.list(call.request(), "queries")) {
			matches = matches.and(query((Map<?, ?>) query));
		}
		List<Organization> all = ConnectCall.byId(this.instance.organizations().stream().filter(matches).toList(),
				Organization::id);
		List<Object> result = new ArrayList<>();
		for (Organization organization : call.page(all)) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", organization.id());
			json.put("details", ObjectDetails.of(this.instance.now(), organization.id()));
			json.put("state", "ORGANIZATION_STATE_ACTIVE");
			json.put("name", organization.name());
			json.put("primaryDomain", organization.primaryDomain());
			result.add(json);
		}
		return Map.of("details", call.listDetails(all.size()), "result", result);
	}

	@SuppressWarnings("unchecked")
	private static Predicate<Organization> query(Map<?, ?> query) {
		Map.Entry<?, ?> entry = query.entrySet().iterator().next();
		Map<String, Object> fields = (Map<String, Object>) entry.getValue();
		String method = ConnectCall.string(fields, "method");
		return switch (String.valueOf(entry.getKey())) {
			case "nameQuery" -> (organization) -> ConnectCall.matches(method, organization.name(),
					String.valueOf(fields.get("name")));
			case "domainQuery" -> (organization) -> ConnectCall.matches(method, organization.primaryDomain(),
					String.valueOf(fields.get("domain")));
			case "idQuery" -> (organization) -> organization.id().equals(fields.get("id"));
			case "stateQuery" -> (organization) -> "ORGANIZATION_STATE_ACTIVE".equals(fields.get("state"));
			default -> (organization) -> true;
		};
	}

}
