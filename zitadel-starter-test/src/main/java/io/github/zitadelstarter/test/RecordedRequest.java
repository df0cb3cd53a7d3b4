package io.github.zitadelstarter.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request as the test server received it.
 *
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param headers the request headers, keyed by lower-case name
 * @param form the fields of an application/x-www-form-urlencoded body, URL-decoded
 * @author ZITADEL Spring Boot Starter contributors
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers,
		Map<String, List<String>> form) {

	/**
	 * Return the first value of a header.
	 * @param name the header's name, in any case
	 * @return the first value, or {@code null} if the header was not sent
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	/**
	 * Return the values of a form field.
	 * @param name the field's name
	 * @return its values, empty if the field was not sent
	 */
	public List<String> formValues(String name) {
		return this.form.getOrDefault(name, List.of());
	}

}
