package io.github.zitadelstarter.client;

import java.net.URI;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details of the ZITADEL instance and the service user the starter connects with.
 * Defined as a bean, it takes the place of the zitadel.domain, zitadel.client-id and
 * zitadel.client-secret properties, for example to point an application at a test server.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public interface ZitadelConnectionDetails extends ConnectionDetails {

	/**
	 * Origin of the ZITADEL instance: scheme, host and optional port, without a path,
	 * such as {@code https://my-instance.zitadel.cloud}.
	 * @return the origin
	 */
	URI getOrigin();

	/**
	 * Username of the service user, which ZITADEL takes as the OAuth2 client ID.
	 * @return the client ID
	 */
	String getClientId();

	/**
	 * Client secret of the service user.
	 * @return the client secret
	 */
	String getClientSecret();

}
