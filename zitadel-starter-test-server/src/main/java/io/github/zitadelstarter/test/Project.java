package io.github.zitadelstarter.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project of the test server's instance, with its roles by key.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Project {

	private final String id;

	private final String name;

	private final Organization organization;

	private final Map<String, Role> roles = new ConcurrentHashMap<>();

	Project(String id, String name, Organization organization) {
		this.id = id;
		this.name = name;
		this.organization = organization;
	}

	String id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	Organization organization() {
		return this.organization;
	}

	Map<String, Role> roles() {
		return this.roles;
	}

	/**
	 * A role of the project.
	 *
	 * @param key the role's key, which tokens carry
	 * @param displayName its display name
	 * @param group its group, empty if none
	 */
	record Role(String key, String displayName, String group) {

	}

}
