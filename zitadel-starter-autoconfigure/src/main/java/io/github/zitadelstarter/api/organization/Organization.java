package io.github.zitadelstarter.api.organization;

import java.util.Objects;

import io.github.zitadelstarter.api.Details;
import org.jspecify.annotations.Nullable;

/**
 * An organization as ListOrganizations returns it.
 *
 * @param id the organization's ID
 * @param details the organization's details
 * @param state the organization's state
 * @param name the organization's name
 * @param primaryDomain the organization's primary domain
 * @author ZITADEL Spring Boot Starter contributors
 */
public record Organization(String id, @Nullable Details details, OrganizationState state, String name,
		@Nullable String primaryDomain) {

	public Organization {
		state = Objects.requireNonNullElse(state, OrganizationState.UNSPECIFIED);
	}

}
