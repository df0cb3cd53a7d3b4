package io.github.zitadelstarter.autoconfigure;

import java.net.URI;

/**
 * The ZITADEL instance's origin, to which alone the bearer token is sent.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelOrigin {

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

}
