package io.github.zitadelstarter.autoconfigure;

/**
 * How the API application authenticates when it introspects tokens: with its client ID
 * and secret (HTTP Basic), or with its key (private_key_jwt).
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
sealed interface ZitadelApplicationCredential
		permits ZitadelApplicationCredential.ClientSecret, ZitadelApplicationKey {

	/**
	 * The API application's client ID and secret (authentication method Basic).
	 *
	 * @param clientId the client ID
	 * @param clientSecret the client secret
	 */
	record ClientSecret(String clientId, String clientSecret) implements ZitadelApplicationCredential {

		@Override
		public String toString() {
			return "ClientSecret[clientId=" + this.clientId + ", clientSecret=******]";
		}

	}

}
