package io.github.zitadelstarter.autoconfigure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Values of zitadel.* properties that still hold a placeholder nothing resolved, such as
 * ${ZITADEL_CLIENT_SECRET} when that environment variable is not set: refused with the
 * placeholder's name, never the rest of the value, which may be a secret.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Placeholders {

	private static final Pattern UNRESOLVED_PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	private Placeholders() {
	}

	/**
	 * Return the value, or refuse it if it holds an unresolved placeholder.
	 * @throws InvalidZitadelPropertyException naming the property and the placeholder
	 */
	static @Nullable String requireResolved(String property, @Nullable String value) {
		if (value != null) {
			Matcher placeholder = UNRESOLVED_PLACEHOLDER.matcher(value);
			if (placeholder.find()) {
				String name = placeholder.group(1).split(":", 2)[0];
				throw new InvalidZitadelPropertyException(property,
						"it holds the unresolved placeholder ${" + name + "}",
						"Set the environment variable or property " + name + ", or set " + property + " directly.");
			}
		}
		return value;
	}

}
