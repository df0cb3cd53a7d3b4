package io.github.zitadelstarter.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How ListUsers and ListOrganizations match a text.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum TextQueryMethod {

	/** Exactly equal. */
	@JsonProperty("TEXT_QUERY_METHOD_EQUALS")
	EQUALS,

	/** Equal, ignoring case. */
	@JsonProperty("TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE")
	EQUALS_IGNORE_CASE,

	/** Starts with the text. */
	@JsonProperty("TEXT_QUERY_METHOD_STARTS_WITH")
	STARTS_WITH,

	/** Starts with the text, ignoring case. */
	@JsonProperty("TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE")
	STARTS_WITH_IGNORE_CASE,

	/** Contains the text. */
	@JsonProperty("TEXT_QUERY_METHOD_CONTAINS")
	CONTAINS,

	/** Contains the text, ignoring case. */
	@JsonProperty("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE")
	CONTAINS_IGNORE_CASE,

	/** Ends with the text. */
	@JsonProperty("TEXT_QUERY_METHOD_ENDS_WITH")
	ENDS_WITH,

	/** Ends with the text, ignoring case. */
	@JsonProperty("TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE")
	ENDS_WITH_IGNORE_CASE

}
