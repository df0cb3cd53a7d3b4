package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelRestClientCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;

/**
 * Gives the RestClient of the {@code zitadel} HTTP service group, and of no other group,
 * what zitadelRestClient has: ZITADEL's origin as base URL (unless
 * spring.http.serviceclient.zitadel.base-url is set), the service user's token, ZITADEL's
 * default headers, the error hints and the application's ZITADEL client customizers.
 * Runs after Spring Boot's group configurers, so that the zitadel.http settings, when
 * set, apply to the group as to the starter's other clients.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelRestClientHttpServiceGroupConfigurer implements RestClientHttpServiceGroupConfigurer {

	static final String GROUP = "zitadel";

	private final ObjectProvider<ZitadelApiClients> clients;

	private final ObjectProvider<HttpServiceClientProperties> groupProperties;

	private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder;

	private final ObjectProvider<ZitadelRestClientCustomizer> customizers;

	ZitadelRestClientHttpServiceGroupConfigurer(ObjectProvider<ZitadelApiClients> clients,
			ObjectProvider<HttpServiceClientProperties> groupProperties,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<ZitadelRestClientCustomizer> customizers) {
		this.clients = clients;
		this.groupProperties = groupProperties;
		this.requestFactoryBuilder = requestFactoryBuilder;
		this.customizers = customizers;
	}

	@Override
	public void configureGroups(Groups<RestClient.Builder> groups) {
		groups.filterByName(GROUP).forEachClient((group, builder) -> {
			ZitadelApiClients clients = this.clients.getObject();
			clients.configure(builder, this.requestFactoryBuilder, !hasBaseUrl(this.groupProperties));
			clients.errorHints().applyTo(builder);
			this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		});
	}

	static boolean hasBaseUrl(ObjectProvider<HttpServiceClientProperties> groupProperties) {
		HttpServiceClientProperties properties = groupProperties.getIfAvailable();
		return properties != null && properties.get(GROUP) != null
				&& StringUtils.hasText(properties.get(GROUP).getBaseUrl());
	}

}
