package io.github.zitadelstarter.api.project;

import java.util.Map;

import io.github.zitadelstarter.api.Criterion;
import io.github.zitadelstarter.api.TextFilterMethod;

/**
 * A criterion of ListProjectRoles, such as {@code ProjectRoleFilter.byKey("admin")}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ProjectRoleFilter extends Criterion {

	private ProjectRoleFilter(String name, Map<String, ?> fields) {
		super(name, fields);
	}

	/**
	 * Match roles by key, exactly.
	 * @param key the key
	 * @return the criterion
	 */
	public static ProjectRoleFilter byKey(String key) {
		return byKey(key, TextFilterMethod.EQUALS);
	}

	/**
	 * Match roles by key.
	 * @param key the key, or part of it
	 * @param method how to match it
	 * @return the criterion
	 */
	public static ProjectRoleFilter byKey(String key, TextFilterMethod method) {
		return new ProjectRoleFilter("roleKeyFilter", Map.of("key", key, "method", method));
	}

}
