package io.github.zitadelstarter.api.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Request of AddOrganization, such as {@code AddOrganizationRequest.named("Acme")}.
 * Without admins, ZITADEL makes the caller the organization's owner.
 *
 * @param name the organization's name
 * @param admins existing users who become the organization's administrators
 * @param organizationId the organization's ID, or {@code null} to let ZITADEL choose one
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddOrganizationRequest(String name, List<Admin> admins, @Nullable String organizationId) {

	public AddOrganizationRequest {
		admins = List.copyOf(Objects.requireNonNullElse(admins, List.of()));
	}

	/**
	 * Return a request for an organization with the given name.
	 * @param name the name
	 * @return the request
	 */
	public static AddOrganizationRequest named(String name) {
		return new AddOrganizationRequest(name, List.of(), null);
	}

	/**
	 * Return this request with an existing user as an administrator of the organization.
	 * @param userId the user's ID
	 * @param roles the roles, such as {@code ORG_OWNER}; none for ZITADEL's default
	 * (ORG_OWNER)
	 * @return the request
	 */
	public AddOrganizationRequest withAdmin(String userId, String... roles) {
		List<Admin> admins = new ArrayList<>(this.admins);
		admins.add(new Admin(userId, List.of(roles)));
		return new AddOrganizationRequest(this.name, admins, this.organizationId);
	}

	/**
	 * Return this request with the organization's ID chosen by the caller.
	 * @param organizationId the ID
	 * @return the request
	 */
	public AddOrganizationRequest withOrganizationId(String organizationId) {
		return new AddOrganizationRequest(this.name, this.admins, organizationId);
	}

	/**
	 * An existing user who becomes an administrator of the new organization.
	 *
	 * @param userId the user's ID
	 * @param roles the roles, none for ZITADEL's default (ORG_OWNER)
	 */
	public record Admin(String userId, List<String> roles) {

		public Admin {
			roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
		}

	}

}
