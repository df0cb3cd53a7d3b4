package io.github.zitadelstarter.api.user;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gender of a human user's profile.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum Gender {

	/** Not given, or a value this version of the starter does not know. */
	@JsonEnumDefaultValue
	@JsonProperty("GENDER_UNSPECIFIED")
	UNSPECIFIED,

	/** Female. */
	@JsonProperty("GENDER_FEMALE")
	FEMALE,

	/** Male. */
	@JsonProperty("GENDER_MALE")
	MALE,

	/** Diverse. */
	@JsonProperty("GENDER_DIVERSE")
	DIVERSE

}
