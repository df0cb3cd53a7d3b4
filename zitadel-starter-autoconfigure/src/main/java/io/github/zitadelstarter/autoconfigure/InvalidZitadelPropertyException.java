package io.github.zitadelstarter.autoconfigure;

/**
 * Thrown when a zitadel.* property cannot be used. Its message names the property and the
 * problem; it never contains the property's value, which may be a secret.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class InvalidZitadelPropertyException extends RuntimeException {

	private final String property;

	private final String problem;

	private final String action;

	InvalidZitadelPropertyException(String property, String problem, String action) {
		super(property + ": " + problem);
		this.property = property;
		this.problem = problem;
		this.action = action;
	}

	String getProperty() {
		return this.property;
	}

	String getProblem() {
		return this.problem;
	}

	String getAction() {
		return this.action;
	}

}
