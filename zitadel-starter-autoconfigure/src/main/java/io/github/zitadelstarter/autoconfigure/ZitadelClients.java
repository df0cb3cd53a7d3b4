package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelHeaders;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.client.ZitadelTokenManager.FetchMode;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Creates what {@link ZitadelAutoConfiguration} publishes: the token manager and the two
 * clients. Apart from the auto-configuration, so that Spring's look at its bean methods
 * at startup does not load Spring Security's and the clients' types.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelClients {

	private static final String REGISTRATION_ID = "zitadel";

	private static final String TOKEN_PATH = "/oauth/v2/token";

	private ZitadelClients() {
	}

	static WebClient webClient(WebClient.Builder builder, ZitadelTokenManager tokenManager,
			ZitadelConnectionDetails connectionDetails, ZitadelProperties properties) {
		ZitadelApiErrorHints errorHints = new ZitadelApiErrorHints();
		errorHints.applyTo(builder);
		return builder.baseUrl(connectionDetails.getOrigin().toString())
			.defaultHeaders((headers) -> zitadelHeaders(properties, headers))
			.filter(new BearerTokenExchangeFilterFunction(tokenManager,
					new ZitadelOrigin(connectionDetails.getOrigin()), errorHints))
			.build();
	}

	static RestClient restClient(RestClient.Builder builder, ZitadelTokenManager tokenManager,
			ZitadelConnectionDetails connectionDetails, ZitadelProperties properties) {
		new ZitadelApiErrorHints().applyTo(builder);
		return builder.baseUrl(connectionDetails.getOrigin().toString())
			.defaultHeaders((headers) -> zitadelHeaders(properties, headers))
			.requestInterceptor(
					new BearerTokenRequestInterceptor(tokenManager, new ZitadelOrigin(connectionDetails.getOrigin())))
			.build();
	}

	// Defaults: a header set on the request itself, such as ZitadelHeaders.organization(id),
	// replaces them.
	private static void zitadelHeaders(ZitadelProperties properties, HttpHeaders headers) {
		if (StringUtils.hasText(properties.getOrganizationId())) {
			headers.set(ZitadelHeaders.ORGANIZATION_ID, properties.getOrganizationId().trim());
		}
		if (StringUtils.hasText(properties.getInstanceHost())) {
			headers.set(ZitadelHeaders.INSTANCE_HOST, properties.getInstanceHost().trim());
		}
	}

	static ZitadelTokenManager tokenManager(ZitadelProperties properties, ZitadelConnectionDetails connectionDetails,
			ZitadelHttpClients httpClients, FetchMode fetchMode, ObjectProvider<ObservationRegistry> observationRegistry) {
		ZitadelProperties.Token token = properties.getToken();
		TokenEndpointMessages messages = new TokenEndpointMessages(token.getDefaultLifetime(),
				properties.getInstanceHost(), Clock.systemUTC());
		ZitadelTokenManager.Settings settings = new ZitadelTokenManager.Settings(token.getRefreshMargin(),
				token.getRetry().getBudget(), token.getRetry().getInitialBackoff(), token.getRetry().getMaxBackoff());
		ZitadelTokenManager tokenManager = new ZitadelTokenManager(clientRegistration(properties, connectionDetails),
				new BlockingTokenEndpointClient(httpClients, messages),
				new ReactiveTokenEndpointClient(httpClients, messages), fetchMode, settings);
		observationRegistry.ifAvailable(tokenManager::setObservationRegistry);
		return tokenManager;
	}

	private static ClientRegistration clientRegistration(ZitadelProperties properties,
			ZitadelConnectionDetails connectionDetails) {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientId(connectionDetails.getClientId())
			.clientSecret(connectionDetails.getClientSecret())
			.clientAuthenticationMethod(switch (properties.getClientAuthenticationMethod()) {
				case CLIENT_SECRET_BASIC -> ClientAuthenticationMethod.CLIENT_SECRET_BASIC;
				case CLIENT_SECRET_POST -> ClientAuthenticationMethod.CLIENT_SECRET_POST;
			})
			.scope(properties.requestedScopes())
			.tokenUri(connectionDetails.getOrigin() + TOKEN_PATH)
			.build();
	}

}
