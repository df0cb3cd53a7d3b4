package io.github.zitadelstarter.client;

import org.springframework.web.client.RestClient;

/**
 * Customizes the builder of {@code zitadelRestClient}, after the starter has set its base
 * URL, default headers and token interceptor and before the client is built: add an
 * interceptor, a message converter or a default header without rebuilding the token
 * handling. Applied to every bean of this type, in order.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@FunctionalInterface
public interface ZitadelRestClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder of zitadelRestClient
	 */
	void customize(RestClient.Builder builder);

}
