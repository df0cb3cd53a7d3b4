package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * {@link ZitadelConnectionDetails} read from {@link ZitadelProperties}, validated when
 * created so that a misconfigured application fails at startup.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class PropertiesZitadelConnectionDetails implements ZitadelConnectionDetails {

	private static final Pattern UNRESOLVED_PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	private final URI origin;

	private final String clientId;

	private final String clientSecret;

	PropertiesZitadelConnectionDetails(ZitadelProperties properties) {
		this.origin = ZitadelOrigin.originOf(resolved("zitadel.domain", properties.getDomain()),
				properties.isAllowInsecureHttp());
		this.clientId = required("zitadel.client-id", resolved("zitadel.client-id", properties.getClientId()),
				"Set zitadel.client-id to the username of the ZITADEL service user (not its numeric user ID).");
		if (this.clientId.chars().allMatch(Character::isDigit)) {
			throw new InvalidZitadelPropertyException("zitadel.client-id",
					"'" + this.clientId + "' is all digits, which looks like the service user's numeric user ID",
					"Set zitadel.client-id to the service user's username: ZITADEL looks the client up by login name and answers invalid_client \"client not found\" for the user ID.");
		}
		this.clientSecret = required("zitadel.client-secret",
				resolved("zitadel.client-secret", properties.getClientSecret()),
				"Set zitadel.client-secret to a client secret generated for the service user, for example from an environment variable: zitadel.client-secret=${ZITADEL_CLIENT_SECRET}.");
	}

	@Override
	public URI getOrigin() {
		return this.origin;
	}

	@Override
	public String getClientId() {
		return this.clientId;
	}

	@Override
	public String getClientSecret() {
		return this.clientSecret;
	}

	@Override
	public String toString() {
		return "PropertiesZitadelConnectionDetails{origin=" + this.origin + ", clientId='" + this.clientId + "'}";
	}

	/**
	 * Reject a value that still holds a placeholder nothing resolved, such as
	 * ${ZITADEL_CLIENT_SECRET} when that environment variable is not set. Only the
	 * placeholder is named, never the rest of the value.
	 */
	private static @Nullable String resolved(String property, @Nullable String value) {
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

	private static String required(String property, @Nullable String value, String action) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidZitadelPropertyException(property, "it is not set", action);
		}
		return value.trim();
	}


}
