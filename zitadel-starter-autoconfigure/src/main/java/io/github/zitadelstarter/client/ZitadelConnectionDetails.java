package io.github.zitadelstarter.client;

import java.net.URI;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details of the ZITADEL instance and the service user the starter connects with: the
 * instance's origin and the service user's credential. Defined as a bean, it takes the
 * place of the zitadel.domain and credential properties, for example to point an
 * application at a test server or at a secret store.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public interface ZitadelConnectionDetails extends ConnectionDetails {

	/**
	 * Origin of the ZITADEL instance: scheme, host and optional port, without a path,
	 * such as {@code https://my-instance.zitadel.cloud}. It is also the instance's issuer.
	 * @return the origin
	 */
	URI getOrigin();

	/**
	 * The service user's credential: a client secret, a key or a personal access token.
	 * @return the credential
	 */
	ZitadelCredential getCredential();

}
