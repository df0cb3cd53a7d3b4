package io.github.zitadelstarter.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A request as the test server received it.
 *
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param headers the request headers, keyed by lower-case name
 * @param form the fields of an application/x-www-form-urlencoded body, URL-decoded
 * @param body the request body as text, empty if there was none
 * @author ZITADEL Spring Boot Starter contributors
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers,
		Map<String, List<String>> form, String body) {

	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization");

	private static final Set<String> SECRET_FIELDS = Set.of("client_secret", "assertion", "client_assertion",
			"token");

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

	/**
	 * Describe the request for a test's log: credentials (the Authorization header's
	 * value after its scheme, client secrets, assertions, tokens) are masked, and the body
	 * is given by its length only.
	 */
	@Override
	public String toString() {
		Map<String, Object> headers = new LinkedHashMap<>();
		this.headers.forEach((name, values) -> headers.put(name,
				SECRET_HEADERS.contains(name) ? values.stream().map(RecordedRequest::maskCredentials).toList()
						: values));
		Map<String, Object> form = new LinkedHashMap<>();
		this.form.forEach((name, values) -> form.put(name,
				SECRET_FIELDS.contains(name) ? values.stream().map((value) -> "******").toList() : values));
		return "RecordedRequest[method=" + this.method + ", path=" + this.path + ", headers=" + headers + ", form="
				+ form + ", body=" + this.body.length() + " characters]";
	}

	private static String maskCredentials(String value) {
		int space = value.indexOf(' ');
		return (space > 0) ? value.substring(0, space) + " ******" : "******";
	}

}
