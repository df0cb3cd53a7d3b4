package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The ZITADEL instance's origin, to which alone the bearer token is sent, and the
 * validation of zitadel.domain that yields it.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelOrigin {

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

	private final String scheme;

	private final String host;

	private final int port;

	ZitadelOrigin(URI origin) {
		this.scheme = String.valueOf(origin.getScheme());
		this.host = String.valueOf(origin.getHost());
		this.port = effectivePort(origin);
	}

	boolean isOriginOf(URI uri) {
		return this.scheme.equalsIgnoreCase(uri.getScheme()) && this.host.equalsIgnoreCase(uri.getHost())
				&& this.port == effectivePort(uri);
	}

	private static int effectivePort(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

	@Override
	public String toString() {
		return this.scheme + "://" + this.host + ":" + this.port;
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
					"plain http to '" + host + "' would send the service user's credential and access tokens unencrypted",
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
