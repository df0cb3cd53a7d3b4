package io.github.zitadelstarter.test;

/**
 * An organization of the test server.
 *
 * @param id the organization's ID, as ZITADEL's 18-digit IDs
 * @param name the organization's name
 * @param primaryDomain the organization's primary domain
 * @author ZITADEL Spring Boot Starter contributors
 */
public record Organization(String id, String name, String primaryDomain) {

}
