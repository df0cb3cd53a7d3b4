package io.github.zitadelstarter.api.user;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Kind of a user, for {@link UserQuery#ofType(UserType)}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum UserType {

	/** Not given. */
	@JsonEnumDefaultValue
	@JsonProperty("TYPE_UNSPECIFIED")
	UNSPECIFIED,

	/** A person. */
	@JsonProperty("TYPE_HUMAN")
	HUMAN,

	/** A machine: a service user. */
	@JsonProperty("TYPE_MACHINE")
	MACHINE

}
