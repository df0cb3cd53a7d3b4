package io.github.zitadelstarter.test;

/**
 * A human user of the test server, for whom it issues access tokens.
 *
 * @param userId the user's ID, the subject of its tokens
 * @param username the user's username
 * @param organization the organization the user belongs to, its resource owner
 * @author ZITADEL Spring Boot Starter contributors
 */
public record HumanUser(String userId, String username, Organization organization) {

}
