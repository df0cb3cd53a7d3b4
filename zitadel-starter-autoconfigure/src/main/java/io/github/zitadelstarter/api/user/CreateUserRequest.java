package io.github.zitadelstarter.api.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Request of CreateUser: a human user (a person) or a machine user (a service user) in an
 * organization. The common cases are one line:
 * <pre class="code">
 * CreateUserRequest.human(organizationId, "Jane", "Doe", "jane@example.com")
 * CreateUserRequest.machine(organizationId, "billing-service", "Billing service")
 * </pre>
 * and the {@code with…} methods add what else is needed.
 *
 * @param organizationId the ID of the organization the user belongs to
 * @param userId the user's ID, or {@code null} to let ZITADEL choose one
 * @param username the username, or {@code null} for ZITADEL's default (a human's email)
 * @param human the human user's data, for a human user
 * @param machine the machine user's data, for a machine user
 * @author ZITADEL Spring Boot Starter contributors
 */
public record CreateUserRequest(String organizationId, @Nullable String userId, @Nullable String username,
		@Nullable Human human, @Nullable Machine machine) {

	/**
	 * Return a request for a human user with a name and an email address, to which
	 * ZITADEL sends a verification code.
	 * @param organizationId the ID of the organization the user belongs to
	 * @param givenName the given name
	 * @param familyName the family name
	 * @param email the email address
	 * @return the request
	 */
	public static CreateUserRequest human(String organizationId, String givenName, String familyName, String email) {
		return new CreateUserRequest(organizationId, null, null,
				new Human(Profile.of(givenName, familyName), Email.of(email), null, null), null);
	}

	/**
	 * Return a request for a machine user (a service user).
	 * @param organizationId the ID of the organization the user belongs to
	 * @param username the username, which is also its OAuth2 client ID
	 * @param name the name shown in ZITADEL
	 * @return the request
	 */
	public static CreateUserRequest machine(String organizationId, String username, String name) {
		return new CreateUserRequest(organizationId, null, username, null, new Machine(name, null));
	}

	/**
	 * Return this request with the user's ID chosen by the caller.
	 * @param userId the ID
	 * @return the request
	 */
	public CreateUserRequest withUserId(String userId) {
		return new CreateUserRequest(this.organizationId, userId, this.username, this.human, this.machine);
	}

	/**
	 * Return this request with a username.
	 * @param username the username
	 * @return the request
	 */
	public CreateUserRequest withUsername(String username) {
		return new CreateUserRequest(this.organizationId, this.userId, username, this.human, this.machine);
	}

	/**
	 * Return this request for a human user with other data, such as a verified email
	 * address or a password.
	 * @param human the human user's data
	 * @return the request
	 */
	public CreateUserRequest withHuman(Human human) {
		return new CreateUserRequest(this.organizationId, this.userId, this.username, human, null);
	}

	/**
	 * Data of a human user.
	 *
	 * @param profile the profile
	 * @param email the email address and how it is verified
	 * @param phone the phone number, if any
	 * @param password the initial password, if any
	 */
	public record Human(Profile profile, Email email, @Nullable Phone phone, @Nullable Password password) {

		/**
		 * Return this user with its email address marked as verified: ZITADEL sends no
		 * code.
		 * @return the data
		 */
		public Human withVerifiedEmail() {
			return new Human(this.profile, new Email(this.email.email(), true, null, null), this.phone,
					this.password);
		}

		/**
		 * Return this user with ZITADEL's verification code for the email address returned
		 * in the answer ({@code emailCode}) instead of sent.
		 * @return the data
		 */
		public Human withEmailCodeReturned() {
			return new Human(this.profile, new Email(this.email.email(), null, null, new ReturnCode()), this.phone,
					this.password);
		}

		/**
		 * Return this user with an initial password.
		 * @param password the password
		 * @param changeRequired whether the user must change it at the first sign-in
		 * @return the data
		 */
		public Human withPassword(String password, boolean changeRequired) {
			return new Human(this.profile, this.email, this.phone, new Password(password, changeRequired));
		}

		/**
		 * Return this user with a phone number.
		 * @param phone the phone number
		 * @return the data
		 */
		public Human withPhone(String phone) {
			return new Human(this.profile, this.email, new Phone(phone, null), this.password);
		}

	}

	/**
	 * Email address of a new human user and how ZITADEL verifies it: set at most one of
	 * isVerified, sendCode and returnCode; none means ZITADEL sends a code.
	 *
	 * @param email the address
	 * @param isVerified whether the address is known to be verified
	 * @param sendCode how ZITADEL sends the code, to set a link of the application's own
	 * @param returnCode present to get the code in the answer
	 */
	public record Email(String email, @JsonProperty("isVerified") @Nullable Boolean isVerified,
			@Nullable SendCode sendCode, @Nullable ReturnCode returnCode) {

		/**
		 * Return an address that ZITADEL verifies by sending a code.
		 * @param email the address
		 * @return the email
		 */
		public static Email of(String email) {
			return new Email(email, null, null, null);
		}

	}

	/**
	 * How ZITADEL sends a verification code.
	 *
	 * @param urlTemplate the link in the message, such as
	 * {@code https://example.com/verify?user={{.UserID}}&code={{.Code}}}, or {@code null}
	 * for ZITADEL's own
	 */
	public record SendCode(@Nullable String urlTemplate) {

	}

	/**
	 * Asks ZITADEL to return the verification code instead of sending it.
	 */
	public record ReturnCode() {

	}

	/**
	 * Phone number of a new human user.
	 *
	 * @param phone the number
	 * @param isVerified whether the number is known to be verified
	 */
	public record Phone(String phone, @JsonProperty("isVerified") @Nullable Boolean isVerified) {

	}

	/**
	 * Initial password of a new human user.
	 *
	 * @param password the password
	 * @param changeRequired whether the user must change it at the first sign-in
	 */
	public record Password(String password, boolean changeRequired) {

		@Override
		public String toString() {
			return "Password[password=******, changeRequired=" + this.changeRequired + "]";
		}

	}

	/**
	 * Data of a machine user.
	 *
	 * @param name the name shown in ZITADEL
	 * @param description what the user is for, if said
	 */
	public record Machine(String name, @Nullable String description) {

	}

}
