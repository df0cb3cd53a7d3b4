package io.github.zitadelstarter.api.user;

/**
 * Request of the calls that name one user only: GetUserByID, DeactivateUser,
 * ReactivateUser, DeleteUser and AddSecret.
 *
 * @param userId the user's ID
 * @author ZITADEL Spring Boot Starter contributors
 */
public record UserIdRequest(String userId) {

}
