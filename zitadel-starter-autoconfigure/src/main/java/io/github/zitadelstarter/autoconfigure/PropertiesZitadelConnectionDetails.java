package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
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

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

	private static final Pattern UNRESOLVED_PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	private final URI origin;

	private final String clientId;

	private final String clientSecret;

	PropertiesZitadelConnectionDetails(ZitadelProperties properties) {
		this.origin = originOf(resolved("zitadel.domain", properties.getDomain()), properties.isAllowInsecureHttp());
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

	/**
	 * Turn a domain such as {@code my-instance.zitadel.cloud} or an origin such as
	 * {@code http://localhost:8080/} into an origin without a trailing slash.
	 */
	static URI originOf(@Nullable String domain, boolean allowInsecureHttp) {
		String property = "zitadel.domain";
		String expected = "Set zitadel.domain to the instance's domain, such as my-instance.zitadel.cloud, or to its origin, such as https://auth.example.com:8443 or http://localhost:8080, without a path.";
		if (!StringUtils.hasText(domain)) {
			throw new InvalidZitadelPropertyException(property, "it is not set", expected);
		}
		String trimmed = domain.trim();
		if (trimmed.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidZitadelPropertyException(property, "'" + trimmed + "' contains white space", expected);
		}
		URI uri = parse(trimmed.contains("://") ? trimmed : "https://" + trimmed, expected);
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new InvalidZitadelPropertyException(property, "scheme '" + scheme + "' is not http or https",
					expected);
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidZitadelPropertyException(property, "it contains user information before the host",
					"Remove the user information: the client ID and secret go in zitadel.client-id and zitadel.client-secret.");
		}
		if (uri.getHost() == null) {
			throw new InvalidZitadelPropertyException(property, "'" + trimmed + "' has no host name", expected);
		}
		String path = uri.getRawPath();
		if (path != null && !path.isEmpty() && !path.equals("/")) {
			throw new InvalidZitadelPropertyException(property, "it has the path '" + path + "'", expected);
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new InvalidZitadelPropertyException(property, "it has a query or a fragment", expected);
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (scheme.equals("http") && !isLoopback(host) && !allowInsecureHttp) {
			throw new InvalidZitadelPropertyException(property,
					"plain http to '" + host + "' would send the client secret and access tokens unencrypted",
					"Use https, or set zitadel.allow-insecure-http=true if this network is trusted.");
		}
		return URI.create(scheme + "://" + host + ((uri.getPort() != -1) ? ":" + uri.getPort() : ""));
	}

	private static URI parse(String candidate, String expected) {
		try {
			return new URI(candidate);
		}
		catch (URISyntaxException ex) {
			throw new InvalidZitadelPropertyException("zitadel.domain",
					"'" + candidate + "' is not a valid domain or origin (" + ex.getReason() + ")", expected);
		}
	}

	// Literal checks only: resolving a host name here would be network I/O at startup.
	private static boolean isLoopback(String host) {
		return host.equals("localhost") || host.equals("[::1]") || IPV4_LOOPBACK.matcher(host).matches();
	}

}
