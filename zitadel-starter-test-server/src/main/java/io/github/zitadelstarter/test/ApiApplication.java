package io.github.zitadelstarter.test;

/**
 * An API application of the test server and its project: what a resource server is
 * configured with. Its credentials are the application's, not a service user's: the
 * client ID and secret for HTTP Basic, or the key file for private_key_jwt.
 *
 * @param projectId the project's ID, the audience of the project's tokens
 * @param clientId the application's client ID
 * @param clientSecret the application's client secret
 * @param keyJson the application's key file, as ZITADEL's console downloads it
 * ({@code "type":"application"})
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ApiApplication(String projectId, String clientId, String clientSecret, String keyJson) {

	@Override
	public String toString() {
		return "ApiApplication[projectId=" + this.projectId + ", clientId=" + this.clientId + "]";
	}

}
