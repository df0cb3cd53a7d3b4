package io.github.zitadelstarter.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
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

	ZitadelWebClientHttpServiceGroupConfigurer(ObjectProvider<ZitadelApiClients> clients,
			ObjectProvider<HttpServiceClientProperties> groupProperties) {
		this.clients = clients;
		this.groupProperties = groupProperties;
	}

	@Override
	public void configureGroups(Groups<WebClient.Builder> groups) {
		groups.filterByName(ZitadelServiceGroup.NAME).forEachGroup((group, builder, factory) -> {
			ZitadelApiClients clients = this.clients.getObject();
			clients.configure(builder, !ZitadelServiceGroup.hasOwnBaseUrl(this.groupProperties),
					clients.errorHints()::applyTo);
			factory.httpRequestValuesProcessor(new ReplayableRequestBodies());
		});
	}

}
