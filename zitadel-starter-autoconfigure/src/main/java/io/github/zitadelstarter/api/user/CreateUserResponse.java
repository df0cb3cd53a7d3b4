package io.github.zitadelstarter.api.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of CreateUser.
 *
 * @param id the new user's ID
 * @param creationDate when the user was created
 * @param emailCode the email verification code, if the request asked for it to be
 * returned
 * @param phoneCode the phone verification code, if the request asked for it to be
 * returned
 * @author ZITADEL Spring Boot Starter contributors
 */
public record CreateUserResponse(String id, @Nullable Instant creationDate, @Nullable String emailCode,
		@Nullable String phoneCode) {

	@Override
	public String toString() {
		return "CreateUserResponse[id=" + this.id + ", creationDate=" + this.creationDate + "]";
	}

}
