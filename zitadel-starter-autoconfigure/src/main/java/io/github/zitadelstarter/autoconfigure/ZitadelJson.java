package io.github.zitadelstarter.autoconfigure;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of ZITADEL's v2 APIs (protobuf's JSON), for the typed API: unset fields
 * are omitted, unknown fields and enum values of newer ZITADEL versions are ignored,
 * missing numbers and booleans are their zero values, int64 values (Java's {@code long})
 * are written as strings, timestamps are RFC 3339 text and bytes are base64. A mapper of
 * its own, so that the application's Jackson settings (naming strategy, inclusion, date
 * format) never change what is sent to ZITADEL.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelJson {

	private ZitadelJson() {
	}

	static JsonMapper mapper() {
		JsonFormat.Value int64AsString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
		return JsonMapper.builder()
			.withConfigOverride(long.class, (override) -> override.setFormat(int64AsString))
			.withConfigOverride(Long.class, (override) -> override.setFormat(int64AsString))
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

}
