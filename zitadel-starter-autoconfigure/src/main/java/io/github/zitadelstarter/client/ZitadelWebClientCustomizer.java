package io.github.zitadelstarter.client;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the builder of {@code zitadelWebClient}, after the starter has set its base
 * URL, default headers and token filter and before the client is built: add a filter, a
 * codec or a default header without rebuilding the token handling. Applied to every
 * bean of this type, in order.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@FunctionalInterface
public interface ZitadelWebClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder of zitadelWebClient
	 */
	void customize(WebClient.Builder builder);

}
