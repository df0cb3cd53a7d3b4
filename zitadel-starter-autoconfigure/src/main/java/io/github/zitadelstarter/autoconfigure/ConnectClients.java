package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.authorization.AuthorizationService;
import io.github.zitadelstarter.api.authorization.ReactiveAuthorizationService;
import io.github.zitadelstarter.api.organization.OrganizationService;
import io.github.zitadelstarter.api.organization.ReactiveOrganizationService;
import io.github.zitadelstarter.api.project.ProjectService;
import io.github.zitadelstarter.api.project.ReactiveProjectService;
import io.github.zitadelstarter.api.user.ReactiveUserService;
import io.github.zitadelstarter.api.user.UserService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Creates the typed API: the HTTP interface clients of ZITADEL's v2 services, on a client
 * that {@link ZitadelApiClients} configured, with ZITADEL's JSON mapping
 * ({@link ZitadelJson}) and its Connect errors ({@link ConnectErrors}).
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ConnectClients {

	private ConnectClients() {
	}

	/**
	 * Complete a configured RestClient builder, whose errors {@link ConnectErrors} raises
	 * with the same mapper, for Connect calls and create the blocking entry point on it.
	 */
	static Zitadel zitadel(RestClient.Builder builder, JsonMapper json) {
		// First in the list, ahead of the application's JSON converters
		builder.configureMessageConverters((converters) -> converters.configureMessageConvertersList(
				(list) -> list.add(0, new JacksonJsonHttpMessageConverter(json))));
		HttpServiceProxyFactory factory = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(builder.build()))
			.build();
		return new Zitadel(factory.createClient(UserService.class), factory.createClient(OrganizationService.class),
				factory.createClient(ProjectService.class), factory.createClient(AuthorizationService.class));
	}

	/**
	 * Complete a configured WebClient builder, whose errors {@link ConnectErrors} raises
	 * with the same mapper, for Connect calls and create the reactive entry point on it.
	 */
	static ReactiveZitadel reactiveZitadel(WebClient.Builder builder, JsonMapper json) {
		builder.codecs((codecs) -> {
			codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(json));
			codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(json));
		});
		HttpServiceProxyFactory factory = HttpServiceProxyFactory.builderFor(WebClientAdapter.create(builder.build()))
			.httpRequestValuesProcessor(new ReplayableRequestBodies())
			.build();
		return new ReactiveZitadel(factory.createClient(ReactiveUserService.class),
				factory.createClient(ReactiveOrganizationService.class),
				factory.createClient(ReactiveProjectService.class),
				factory.createClient(ReactiveAuthorizationService.class));
	}

}
