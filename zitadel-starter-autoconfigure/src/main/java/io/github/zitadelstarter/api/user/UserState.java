package io.github.zitadelstarter.api.user;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * State of a user.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum UserState {

	/** Not given, or a state this version of the starter does not know. */
	@JsonEnumDefaultValue
	@JsonProperty("USER_STATE_UNSPECIFIED")
	UNSPECIFIED,

	/** The user can sign in and be used. */
	@JsonProperty("USER_STATE_ACTIVE")
	ACTIVE,

	/** The user was deactivated and cannot sign in. */
	@JsonProperty("USER_STATE_INACTIVE")
	INACTIVE,

	/** The user was deleted. */
	@JsonProperty("USER_STATE_DELETED")
	DELETED,

	/** The user was locked, such as after too many failed sign-ins. */
	@JsonProperty("USER_STATE_LOCKED")
	LOCKED,

	/** The user was created but has not finished its setup. */
	@JsonProperty("USER_STATE_INITIAL")
	INITIAL

}
