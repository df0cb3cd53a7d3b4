package io.github.zitadelstarter.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
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

	private final ObjectProvider<ZitadelApiClients> clients;

	private final ObjectProvider<HttpServiceClientProperties> groupProperties;

	ZitadelRestClientHttpServiceGroupConfigurer(ObjectProvider<ZitadelApiClients> clients,
			ObjectProvider<HttpServiceClientProperties> groupProperties) {
		this.clients = clients;
		this.groupProperties = groupProperties;
	}

	@Override
	public void configureGroups(Groups<RestClient.Builder> groups) {
		groups.filterByName(ZitadelServiceGroup.NAME).forEachClient((group, builder) -> {
			ZitadelApiClients clients = this.clients.getObject();
			clients.configure(builder, !ZitadelServiceGroup.hasOwnBaseUrl(this.groupProperties),
					clients.errorHints()::applyTo);
		});
	}

}
