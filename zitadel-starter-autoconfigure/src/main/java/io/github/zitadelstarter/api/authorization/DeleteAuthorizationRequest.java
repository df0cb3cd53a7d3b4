package io.github.zitadelstarter.api.authorization;

/**
 * Request of DeleteAuthorization.
 *
 * @param id the authorization's ID
 * @author ZITADEL Spring Boot Starter contributors
 */
public record DeleteAuthorizationRequest(String id) {

}
