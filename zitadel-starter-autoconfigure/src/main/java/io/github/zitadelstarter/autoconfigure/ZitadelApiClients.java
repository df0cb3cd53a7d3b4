package io.github.zitadelstarter.autoconfigure;

import java.util.function.Consumer;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.client.ZitadelRestClientCustomizer;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.client.ZitadelWebClientCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Configures the builder of every client that calls ZITADEL's APIs as the service user:
 * zitadelWebClient and zitadelRestClient, the clients of the zitadel HTTP service group
 * and those of the typed API. Each gets the transport of the zitadel.http settings (when
 * one is set), ZITADEL's origin as base URL (unless the group has a base URL of its own),
 * ZITADEL's default headers and the service user's token, with its origin pinning and its
 * replay after a 401; then the error handling each client asks for, and last the
 * application's ZITADEL client customizers, so that they see a complete builder and their
 * own status handlers come after the starter's.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelApiClients {

	private final ZitadelTokenManager tokenManager;

	private final ZitadelConnectionDetails connectionDetails;

	private final ZitadelProperties properties;

	private final ZitadelHttpClients httpClients;

	private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder;

	private final ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final ObjectProvider<ZitadelRestClientCustomizer> restClientCustomizers;

	private final ObjectProvider<ZitadelWebClientCustomizer> webClientCustomizers;

	private final ZitadelApiErrorHints errorHints;

	ZitadelApiClients(ZitadelTokenManager tokenManager, ZitadelConnectionDetails connectionDetails,
			ZitadelProperties properties, ZitadelHttpClients httpClients,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<ZitadelRestClientCustomizer> restClientCustomizers,
			ObjectProvider<ZitadelWebClientCustomizer> webClientCustomizers) {
		this.tokenManager = tokenManager;
		this.connectionDetails = connectionDetails;
		this.properties = properties;
		this.httpClients = httpClients;
		this.requestFactoryBuilder = requestFactoryBuilder;
		this.connectorBuilder = connectorBuilder;
		this.restClientCustomizers = restClientCustomizers;
		this.webClientCustomizers = webClientCustomizers;
		this.errorHints = new ZitadelApiErrorHints(
				connectionDetails.getCredential() instanceof ZitadelCredential.PersonalAccessToken);
	}

	/**
	 * Return the hints for ZITADEL's error answers, shared by all clients so that each
	 * kind is logged at warn level once.
	 */
	ZitadelApiErrorHints errorHints() {
		return this.errorHints;
	}

	/**
	 * Configure a RestClient builder for ZITADEL's APIs.
	 * @param builder the builder
	 * @param setBaseUrl whether to set ZITADEL's origin as base URL
	 * @param errors how the client raises error answers, such as
	 * {@code errorHints()::applyTo}
	 * @return the builder
	 */
	RestClient.Builder configure(RestClient.Builder builder, boolean setBaseUrl, Consumer<RestClient.Builder> errors) {
		this.httpClients.configureApiCalls(builder, this.requestFactoryBuilder);
		if (setBaseUrl) {
			builder.baseUrl(this.connectionDetails.getOrigin().toString());
		}
		builder.defaultHeaders((headers) -> ZitadelClients.zitadelHeaders(this.properties, headers))
			.requestInterceptor(new BearerTokenRequestInterceptor(this.tokenManager, origin()));
		errors.accept(builder);
		this.restClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * Configure a WebClient builder for ZITADEL's APIs.
	 * @param builder the builder
	 * @param setBaseUrl whether to set ZITADEL's origin as base URL
	 * @param errors how the client raises error answers, such as
	 * {@code errorHints()::applyTo}
	 * @return the builder
	 */
	WebClient.Builder configure(WebClient.Builder builder, boolean setBaseUrl, Consumer<WebClient.Builder> errors) {
		this.httpClients.configureApiCalls(builder, this.connectorBuilder);
		if (setBaseUrl) {
			builder.baseUrl(this.connectionDetails.getOrigin().toString());
		}
		builder.defaultHeaders((headers) -> ZitadelClients.zitadelHeaders(this.properties, headers))
			.filter(new BearerTokenExchangeFilterFunction(this.tokenManager, origin(), this.errorHints));
		errors.accept(builder);
		this.webClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	private ZitadelOrigin origin() {
		return new ZitadelOrigin(this.connectionDetails.getOrigin());
	}

	@Override
	public String toString() {
		return "ZitadelApiClients{origin=" + this.connectionDetails.getOrigin() + "}";
	}

}
