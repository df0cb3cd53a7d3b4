package io.github.zitadelstarter.api.authorization;

import java.util.List;

/**
 * Request of UpdateAuthorization: replaces the roles of an authorization.
 *
 * @param id the authorization's ID
 * @param roleKeys the keys of the roles the user holds from now on
 * @author ZITADEL Spring Boot Starter contributors
 */
public record UpdateAuthorizationRequest(String id, List<String> roleKeys) {

	public UpdateAuthorizationRequest {
		roleKeys = List.copyOf(roleKeys);
	}

}
