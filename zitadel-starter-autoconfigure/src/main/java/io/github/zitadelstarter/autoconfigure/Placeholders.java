package io.github.zitadelstarter.autoconfigure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

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

	/**
	 * Read a property through the binder, which leaves a placeholder nothing resolves as
	 * it is where the environment would fail, and refuse such a placeholder.
	 */
	static @Nullable String property(Environment environment, String property) {
		return requireResolved(property, Binder.get(environment).bind(property, String.class).orElse(null));
	}

}
