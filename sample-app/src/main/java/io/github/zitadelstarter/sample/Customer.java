package io.github.zitadelstarter.sample;

/**
 * A customer of the sample's shop: a human user in the service user's organization.
 *
 * @param id the user's ID in ZITADEL
 * @param email the email address, which is also the username
 * @param name the display name
 */
public record Customer(String id, String email, String name) {

	/**
	 * A customer to sign up.
	 *
	 * @param email the email address
	 * @param givenName the given name
	 * @param familyName the family name
	 * @param plan the plan the customer chose, kept in ZITADEL as the user's metadata
	 */
	public record SignUp(String email, String givenName, String familyName, String plan) {

	}

}
