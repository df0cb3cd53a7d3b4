package io.github.zitadelstarter.api.user;

import java.util.Map;

import io.github.zitadelstarter.api.Criterion;
import io.github.zitadelstarter.api.TextFilterMethod;

/**
 * A criterion of ListUserMetadata, such as {@code MetadataFilter.byKey("tenant")}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class MetadataFilter extends Criterion {

	private MetadataFilter(String name, Map<String, ?> fields) {
		super(name, fields);
	}

	/**
	 * Match entries by key, exactly.
	 * @param key the key
	 * @return the criterion
	 */
	public static MetadataFilter byKey(String key) {
		return byKey(key, TextFilterMethod.EQUALS);
	}

	/**
	 * Match entries by key.
	 * @param key the key, or part of it
	 * @param method how to match it
	 * @return the criterion
	 */
	public static MetadataFilter byKey(String key, TextFilterMethod method) {
		return new MetadataFilter("keyFilter", Map.of("key", key, "method", method));
	}

}
