package io.github.zitadelstarter.api.organization;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * State of an organization.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum OrganizationState {

	/** Not given, or a state this version of the starter does not know. */
	@JsonEnumDefaultValue
	@JsonProperty("ORGANIZATION_STATE_UNSPECIFIED")
	UNSPECIFIED,

	/** The organization is active. */
	@JsonProperty("ORGANIZATION_STATE_ACTIVE")
	ACTIVE,

	/** The organization was deactivated. */
	@JsonProperty("ORGANIZATION_STATE_INACTIVE")
	INACTIVE,

	/** The organization was removed. */
	@JsonProperty("ORGANIZATION_STATE_REMOVED")
	REMOVED

}
