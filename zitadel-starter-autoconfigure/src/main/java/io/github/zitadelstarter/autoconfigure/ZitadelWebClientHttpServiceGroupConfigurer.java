package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelWebClientCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientHttpServiceGroupConfigurer;

/**
 * Gives the WebClient of the {@code zitadel} HTTP service group, and of no other group,
 * what zitadelWebClient has, as {@link ZitadelRestClientHttpServiceGroupConfigurer} does
 * for RestClient; and marks the group's requests whose body is a value as replayable, so
 * that a 401 is answered with a new token and one more attempt.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelWebClientHttpServiceGroupConfigurer implements WebClientHttpServiceGroupConfigurer {

	private final ObjectProvider<ZitadelApiClients> clients;

	private final ObjectProvider<HttpServiceClientProperties> groupProperties;

	private final ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final ObjectProvider<ZitadelWebClientCustomizer> customizers;

	ZitadelWebClientHttpServiceGroupConfigurer(ObjectProvider<ZitadelApiClients> clients,
			ObjectProvider<HttpServiceClientProperties> groupProperties,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<ZitadelWebClientCustomizer> customizers) {
		this.clients = clients;
		this.groupProperties = groupProperties;
		this.connectorBuilder = connectorBuilder;
		this.customizers = customizers;
	}

	@Override
	public void configureGroups(Groups<WebClient.Builder> groups) {
		String group = ZitadelRestClientHttpServiceGroupConfigurer.GROUP;
		groups.filterByName(group).forEachClient((serviceGroup, builder) -> {
			ZitadelApiClients clients = this.clients.getObject();
			clients.configure(builder, this.connectorBuilder,
					!ZitadelRestClientHttpServiceGroupConfigurer.hasBaseUrl(this.groupProperties));
			clients.errorHints().applyTo(builder);
			this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		});
		groups.filterByName(group)
			.forEachProxyFactory((serviceGroup, factory) -> factory.httpRequestValuesProcessor(new ReplayableRequestBodies()));
	}

}
