package io.github.zitadelstarter.client;

/**
 * Thrown when a text is not a ZITADEL key file of the expected kind, a service user's or
 * an API application's. The message says what is wrong with it and {@link #getAction()}
 * what to do; neither ever contains the key.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public class InvalidZitadelKeyException extends IllegalArgumentException {

	private final String action;

	InvalidZitadelKeyException(String problem, String action) {
		super(problem);
		this.action = action;
	}

	/**
	 * Return what to do to get a usable key file.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
