package io.github.zitadelstarter.api.authorization;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * State of an authorization.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum AuthorizationState {

	/** Not given, or a state this version of the starter does not know. */
	@JsonEnumDefaultValue
	@JsonProperty("STATE_UNSPECIFIED")
	UNSPECIFIED,

	/** The user holds the roles. */
	@JsonProperty("STATE_ACTIVE")
	ACTIVE,

	/** The authorization was deactivated. */
	@JsonProperty("STATE_INACTIVE")
	INACTIVE

}
