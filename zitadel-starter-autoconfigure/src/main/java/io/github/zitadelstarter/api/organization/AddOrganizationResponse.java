package io.github.zitadelstarter.api.organization;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.Details;
import org.jspecify.annotations.Nullable;

/**
 * Answer of AddOrganization.
 *
 * @param details the new organization's details
 * @param organizationId the new organization's ID
 * @param createdAdmins the administrators ZITADEL created with it
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddOrganizationResponse(@Nullable Details details, String organizationId,
		List<CreatedAdmin> createdAdmins) {

	public AddOrganizationResponse {
		createdAdmins = List.copyOf(Objects.requireNonNullElse(createdAdmins, List.of()));
	}

	/**
	 * An administrator created with the organization.
	 *
	 * @param userId the user's ID
	 * @param emailCode the email verification code, if returned
	 * @param phoneCode the phone verification code, if returned
	 */
	public record CreatedAdmin(String userId, @Nullable String emailCode, @Nullable String phoneCode) {

		@Override
		public String toString() {
			return "CreatedAdmin[userId=" + this.userId + "]";
		}

	}

}
