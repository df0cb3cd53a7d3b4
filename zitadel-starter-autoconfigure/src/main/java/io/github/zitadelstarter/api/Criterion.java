package io.github.zitadelstarter.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a list call: one of the alternatives a ZITADEL list request defines,
 * such as {@code {"emailQuery":{"emailAddress":"…","method":"…"}}}. Created through the
 * factory methods of the subclasses, such as {@code UserQuery.byEmail(email)}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public abstract class Criterion {

	private final Map<String, Object> json;

	/**
	 * Create a criterion.
	 * @param name the name of the alternative, such as {@code emailQuery}
	 * @param fields its fields, in order
	 */
	protected Criterion(String name, Map<String, ?> fields) {
		this.json = Map.of(name, new LinkedHashMap<>(fields));
	}

	/**
	 * Return the criterion as it is written in the request.
	 * @return the name of the alternative with its fields
	 */
	@JsonValue
	public Map<String, Object> toJson() {
		return this.json;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other != null && other.getClass() == getClass() && ((Criterion) other).json.equals(this.json);
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + this.json;
	}

}
