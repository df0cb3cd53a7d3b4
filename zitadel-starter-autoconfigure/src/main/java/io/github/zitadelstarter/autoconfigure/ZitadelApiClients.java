package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.client.ZitadelTokenManager;

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
 * replay after a 401. How error answers are raised is up to each client.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelApiClients {

	private final ZitadelTokenManager tokenManager;

	private final ZitadelConnectionDetails connectionDetails;

	private final ZitadelProperties properties;

	private final ZitadelHttpClients httpClients;

	private final ZitadelApiErrorHints errorHints;

	ZitadelApiClients(ZitadelTokenManager tokenManager, ZitadelConnectionDetails connectionDetails,
			ZitadelProperties properties, ZitadelHttpClients httpClients) {
		this.tokenManager = tokenManager;
		this.connectionDetails = connectionDetails;
		this.properties = properties;
		this.httpClients = httpClients;
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

	void configure(RestClient.Builder builder, ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			boolean setBaseUrl) {
		this.httpClients.configureApiCalls(builder, requestFactoryBuilder);
		if (setBaseUrl) {
			builder.baseUrl(this.connectionDetails.getOrigin().toString());
		}
		builder.defaultHeaders((headers) -> ZitadelClients.zitadelHeaders(this.properties, headers))
			.requestInterceptor(new BearerTokenRequestInterceptor(this.tokenManager, origin()));
	}

	void configure(WebClient.Builder builder, ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			boolean setBaseUrl) {
		this.httpClients.configureApiCalls(builder, connectorBuilder);
		if (setBaseUrl) {
			builder.baseUrl(this.connectionDetails.getOrigin().toString());
		}
		builder.defaultHeaders((headers) -> ZitadelClients.zitadelHeaders(this.properties, headers))
			.filter(new BearerTokenExchangeFilterFunction(this.tokenManager, origin(), this.errorHints));
	}

	private ZitadelOrigin origin() {
		return new ZitadelOrigin(this.connectionDetails.getOrigin());
	}

	@Override
	public String toString() {
		return "ZitadelApiClients{origin=" + this.connectionDetails.getOrigin() + "}";
	}

}
