package io.github.zitadelstarter.test;

/**
 * A service user of the test server, which authenticates with a client secret.
 *
 * @param userId the user's numeric ID, the subject of its tokens
 * @param clientId the user's username, which ZITADEL takes as the OAuth2 client ID
 * @param clientSecret the user's client secret
 * @param organization the organization the user belongs to
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ServiceUser(String userId, String clientId, String clientSecret, Organization organization) {

	@Override
	public String toString() {
		return "ServiceUser[userId=" + this.userId + ", clientId=" + this.clientId + ", organization="
				+ this.organization.id() + "]";
	}

}
