package io.github.zitadelstarter.test;

import java.util.Set;

/**
 * An authorization (formerly "user grant"): roles of a project that a user holds in one
 * organization.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Authorization {

	private final String id;

	private final User user;

	private final Project project;

	private final Organization organization;

	private volatile Set<String> roleKeys;

	Authorization(String id, User user, Project project, Organization organization, Set<String> roleKeys) {
		this.id = id;
		this.user = user;
		this.project = project;
		this.organization = organization;
		this.roleKeys = Set.copyOf(roleKeys);
	}

	String id() {
		return this.id;
	}

	User user() {
		return this.user;
	}

	Project project() {
		return this.project;
	}

	Organization organization() {
		return this.organization;
	}

	Set<String> roleKeys() {
		return this.roleKeys;
	}

	void setRoleKeys(Set<String> roleKeys) {
		this.roleKeys = Set.copyOf(roleKeys);
	}

}
