package io.github.zitadelstarter.api.user;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.zitadelstarter.api.Details;
import org.jspecify.annotations.Nullable;

/**
 * A user as GetUserByID and ListUsers return it: a human user or a machine user.
 *
 * @param userId the user's ID
 * @param details the user's details, with its organization as resource owner
 * @param state the user's state
 * @param username the username
 * @param loginNames the names the user can sign in with
 * @param preferredLoginName the login name ZITADEL shows
 * @param human the human user's data, for a human user
 * @param machine the machine user's data, for a machine user
 * @author ZITADEL Spring Boot Starter contributors
 */
public record User(String userId, @Nullable Details details, UserState state, String username,
		List<String> loginNames, @Nullable String preferredLoginName, @Nullable Human human,
		@Nullable Machine machine) {

	public User {
		state = Objects.requireNonNullElse(state, UserState.UNSPECIFIED);
		loginNames = List.copyOf(Objects.requireNonNullElse(loginNames, List.of()));
	}

	/**
	 * Return the ID of the user's organization.
	 * @return the organization's ID, or {@code null} if the answer did not say
	 */
	public @Nullable String organizationId() {
		return (this.details != null) ? this.details.resourceOwner() : null;
	}

	/**
	 * Data of a human user.
	 *
	 * @param profile the profile
	 * @param email the email address
	 * @param phone the phone number, if any
	 */
	public record Human(@Nullable Profile profile, @Nullable Email email, @Nullable Phone phone) {

	}

	/**
	 * Email address of a human user.
	 *
	 * @param email the address
	 * @param isVerified whether it was verified
	 */
	public record Email(String email, @JsonProperty("isVerified") boolean isVerified) {

	}

	/**
	 * Phone number of a human user.
	 *
	 * @param phone the number
	 * @param isVerified whether it was verified
	 */
	public record Phone(String phone, @JsonProperty("isVerified") boolean isVerified) {

	}

	/**
	 * Data of a machine user.
	 *
	 * @param name the name shown in ZITADEL
	 * @param description what the user is for, if said
	 * @param hasSecret whether it has a client secret
	 * @param accessTokenType the kind of access tokens it gets, such as
	 * {@code ACCESS_TOKEN_TYPE_BEARER}
	 */
	public record Machine(String name, @Nullable String description, boolean hasSecret,
			@Nullable String accessTokenType) {

	}

}
