package io.github.zitadelstarter.autoconfigure;

import java.util.List;

/**
 * Thrown when a zitadel.* property, or a combination of them, cannot be used. Its message
 * names the properties and the problem; it never contains a property's value, which may
 * be a secret.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class InvalidZitadelPropertyException extends RuntimeException {

	private final List<String> properties;

	private final String problem;

	private final String action;

	InvalidZitadelPropertyException(String property, String problem, String action) {
		this(List.of(property), problem, action);
	}

	/**
	 * Create an exception about properties that cannot be used together.
	 */
	InvalidZitadelPropertyException(List<String> properties, String problem, String action) {
		super(String.join(", ", properties) + ": " + problem);
		this.properties = List.copyOf(properties);
		this.problem = problem;
		this.action = action;
	}

	List<String> getProperties() {
		return this.properties;
	}

	String getProblem() {
		return this.problem;
	}

	String getAction() {
		return this.action;
	}

}
