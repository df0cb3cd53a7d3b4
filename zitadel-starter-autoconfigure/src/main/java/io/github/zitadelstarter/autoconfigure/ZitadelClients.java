package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;

import io.github.zitadelstarter.autoconfigure.TokenRequests.FetchMode;
import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.client.ZitadelHeaders;
import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Creates the token manager for the service user's credential that
 * {@link ZitadelAutoConfiguration} publishes, and the starter's own calls of ZITADEL.
 * Apart from the auto-configuration, so that Spring's look at its bean methods at startup
 * does not load Spring Security's types. {@link ZitadelApiClients} configures the clients.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelClients {

	private static final String REGISTRATION_ID = "zitadel";

	private static final String TOKEN_PATH = "/oauth/v2/token";

	private ZitadelClients() {
	}

	/**
	 * Create the token manager of the credential: a personal access token is sent as it
	 * is; a client secret or a key is exchanged for tokens through its grant.
	 */
	static ZitadelTokenManager tokenManager(ZitadelProperties properties, ZitadelConnectionDetails connectionDetails,
			ZitadelHttpClients httpClients, FetchMode fetchMode, ObservationRegistry observationRegistry) {
		ZitadelCredential credential = connectionDetails.getCredential();
		if (credential instanceof ZitadelCredential.PersonalAccessToken personalAccessToken) {
			return new PersonalAccessTokenManager(personalAccessToken);
		}
		Clock clock = Clock.systemUTC();
		TokenGrant grant = grant(credential, connectionDetails.getOrigin(), properties, clock);
		ZitadelProperties.Token token = properties.getToken();
		TokenManagerSettings settings = TokenManagerSettings.of(token);
		TokenEndpointMessages messages = new TokenEndpointMessages(grant, token.getDefaultLifetime(),
				properties.getInstanceHost(), clock);
		ClientRegistration registration = grant
			.registration(ClientRegistration.withRegistrationId(REGISTRATION_ID)
				.scope(properties.requestedScopes())
				.tokenUri(connectionDetails.getOrigin() + TOKEN_PATH))
			.build();
		TokenRequests requests = new TokenRequests(registration, grant,
				new TokenEndpointClients(httpClients, messages), fetchMode, settings, observationRegistry, clock);
		return new RefreshingTokenManager(requests::request, settings.refreshMargin(), clock);
	}

	private static TokenGrant grant(ZitadelCredential credential, URI origin, ZitadelProperties properties,
			Clock clock) {
		if (credential instanceof ZitadelCredential.ServiceUserKey key) {
			return new JwtProfileGrant(key, origin, clock);
		}
		return new ClientCredentialsGrant((ZitadelCredential.ClientSecret) credential,
				properties.getClientAuthenticationMethod());
	}

	/**
	 * Return a cheap authenticated call of ZITADEL's API, the service user reading itself
	 * ({@code GET /auth/v1/users/me}), through the starter's own HTTP client; for the
	 * health check of a token that ZITADEL did not issue on request.
	 */
	static Consumer<OAuth2AccessToken> ownUserCall(ZitadelConnectionDetails connectionDetails,
			ZitadelProperties properties, ZitadelHttpClients httpClients) {
		SingletonSupplier<RestClient> restClient = SingletonSupplier.of(() -> RestClient.builder()
			.requestFactory(httpClients.ownRequestFactory())
			.baseUrl(connectionDetails.getOrigin().toString())
			.defaultHeaders((headers) -> zitadelHeaders(properties, headers))
			.build());
		return (token) -> restClient.obtain()
			.get()
			.uri("/auth/v1/users/me")
			.headers((headers) -> headers.setBearerAuth(token.getTokenValue()))
			.retrieve()
			.toBodilessEntity();
	}

	// Defaults: a header set on the request itself, such as ZitadelHeaders.organization(id),
	// replaces them.
	static void zitadelHeaders(ZitadelProperties properties, HttpHeaders headers) {
		if (StringUtils.hasText(properties.getOrganizationId())) {
			headers.set(ZitadelHeaders.ORGANIZATION_ID, properties.getOrganizationId().trim());
		}
		if (StringUtils.hasText(properties.getInstanceHost())) {
			headers.set(ZitadelHeaders.INSTANCE_HOST, properties.getInstanceHost().trim());
		}
	}

}
