package io.github.zitadelstarter.test;

/**
 * The format of an access token, as a ZITADEL application's "auth token type" chooses it.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum TokenFormat {

	/**
	 * A JWT signed with the instance's key, which a resource server verifies with the keys
	 * at /oauth/v2/keys.
	 */
	JWT,

	/**
	 * An opaque token ("Bearer"), which a resource server introspects.
	 */
	OPAQUE

}
