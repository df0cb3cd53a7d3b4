package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.zitadelstarter.autoconfigure.ZitadelResourceServerProperties.TokenType;
import io.github.zitadelstarter.resourceserver.ZitadelRoleAuthorities;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The resource server's validated settings: the instance from zitadel.domain and the
 * zitadel.resource-server properties, checked at startup so that a wrong setting stops
 * the application with an explanation rather than failing every request. The checks
 * name properties, never their values.
 *
 * @param origin the instance's origin, also the issuer of its tokens
 * @param tokenType how tokens are checked
 * @param audiences the accepted JWT audiences
 * @param roleAuthorities the mapping of role claims to authorities
 * @param introspectionCredential the API application's credential, or {@code null} with
 * JWTs, which are not introspected
 * @param cacheTimeToLive how long introspection answers are reused
 * @param publicPaths the paths the default filter chain lets through
 * @author ZITADEL Spring Boot Starter contributors
 */
record ZitadelResourceServerSettings(URI origin, TokenType tokenType, Set<String> audiences,
		ZitadelRoleAuthorities roleAuthorities, @Nullable ZitadelApplicationCredential introspectionCredential,
		Duration cacheTimeToLive, List<String> publicPaths) {

	private static final String PREFIX = "zitadel.resource-server.";

	static ZitadelResourceServerSettings of(ZitadelResourceServerProperties properties, ZitadelProperties zitadel) {
		URI origin = ZitadelOrigin.originOf(Placeholders.requireResolved("zitadel.domain", zitadel.getDomain()),
				zitadel.isAllowInsecureHttp());
		String projectId = textOrNull(Placeholders.requireResolved(PREFIX + "project-id", properties.getProjectId()));
		Set<String> audiences = new LinkedHashSet<>();
		if (projectId != null) {
			audiences.add(projectId);
		}
		properties.getAudiences().stream().filter(StringUtils::hasText).map(String::trim).forEach(audiences::add);
		String clientId = textOrNull(Placeholders.requireResolved(PREFIX + "client-id", properties.getClientId()));
		String clientSecret = textOrNull(
				Placeholders.requireResolved(PREFIX + "client-secret", properties.getClientSecret()));
		String keyJson = textOrNull(Placeholders.requireResolved(PREFIX + "key", properties.getKey()));
		ZitadelApplicationCredential introspectionCredential = null;
		if (properties.getTokenType() == TokenType.JWT) {
			checkJwt(audiences, clientSecret, keyJson);
		}
		else {
			introspectionCredential = introspectionCredential(clientId, clientSecret, keyJson, zitadel);
		}
		Duration cacheTimeToLive = properties.getIntrospection().getCacheTimeToLive();
		if (cacheTimeToLive.isNegative()) {
			throw new InvalidZitadelPropertyException(PREFIX + "introspection.cache-time-to-live", "it is negative",
					"Set a duration of 0 (no cache) or more, such as 30s.");
		}
		return new ZitadelResourceServerSettings(origin, properties.getTokenType(), Set.copyOf(audiences),
				new ZitadelRoleAuthorities(properties.getAuthorityPrefix(), projectId), introspectionCredential,
				cacheTimeToLive, List.copyOf(properties.getPublicPaths()));
	}

	/**
	 * Return the issuer of the instance's tokens: its origin, without a trailing slash.
	 */
	String issuer() {
		return this.origin.toString();
	}

	private static void checkJwt(Set<String> audiences, @Nullable String clientSecret, @Nullable String key) {
		if (audiences.isEmpty()) {
			throw new InvalidZitadelPropertyException(PREFIX + "project-id", "no token audience is set",
					"Set zitadel.resource-server.project-id to the ID of the project whose users call this API, or zitadel.resource-server.audiences to the audiences its tokens carry.");
		}
		if (clientSecret != null || key != null) {
			throw new InvalidZitadelPropertyException(PREFIX + "token-type",
					"it is jwt, but the API application's " + ((key != null) ? "key" : "client secret")
							+ " is set, which only introspection uses",
					"Set zitadel.resource-server.token-type=opaque to introspect tokens, or remove the API application's credentials.");
		}
	}

	private static ZitadelApplicationCredential introspectionCredential(@Nullable String clientId,
			@Nullable String clientSecret, @Nullable String keyJson, ZitadelProperties zitadel) {
		checkIntrospectionCredentials(clientId, clientSecret, keyJson, zitadel);
		if (keyJson != null) {
			ZitadelApplicationKey key = ZitadelApplicationKey.parse(keyJson);
			if (clientId != null && !clientId.equals(key.clientId())) {
				throw new InvalidZitadelPropertyException(PREFIX + "client-id", "it differs from the key's clientId",
						"Remove zitadel.resource-server.client-id: with a key, the key's clientId is used.");
			}
			return key;
		}
		return new ZitadelApplicationCredential.ClientSecret(clientId, clientSecret);
	}

	private static void checkIntrospectionCredentials(@Nullable String clientId, @Nullable String clientSecret,
			@Nullable String key, ZitadelProperties zitadel) {
		if (clientSecret != null && key != null) {
			throw new InvalidZitadelPropertyException(PREFIX + "key", "both the key and the client secret are set",
					"Set one: zitadel.resource-server.client-secret (Basic) or zitadel.resource-server.key (private_key_jwt).");
		}
		if (clientSecret == null && key == null) {
			throw new InvalidZitadelPropertyException(PREFIX + "client-secret",
					"opaque tokens are introspected as the API application, but neither its client secret nor its key is set",
					"Set zitadel.resource-server.client-id and zitadel.resource-server.client-secret of the API application (authentication method Basic), or zitadel.resource-server.key to its JSON key (private_key_jwt).");
		}
		if (clientSecret != null && clientId == null) {
			throw new InvalidZitadelPropertyException(PREFIX + "client-id", "it is not set",
					"Set zitadel.resource-server.client-id to the API application's client ID.");
		}
		String mixUp = "Set the API application's credentials here: introspection refuses the service user's (ZITADEL issue #5559), which belong in zitadel.client-id and zitadel.client-secret.";
		if (clientId != null && Objects.equals(clientId,
				textOrNull(Placeholders.requireResolved("zitadel.client-id", zitadel.getClientId())))) {
			throw new InvalidZitadelPropertyException(PREFIX + "client-id",
					"it is the service user's client ID (zitadel.client-id)", mixUp);
		}
		if (clientSecret != null && Objects.equals(clientSecret,
				textOrNull(Placeholders.requireResolved("zitadel.client-secret", zitadel.getClientSecret())))) {
			throw new InvalidZitadelPropertyException(PREFIX + "client-secret",
					"it is the service user's client secret (zitadel.client-secret)", mixUp);
		}
	}

	private static @Nullable String textOrNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	@Override
	public String toString() {
		return "ZitadelResourceServerSettings[origin=" + this.origin + ", tokenType=" + this.tokenType + ", audiences="
				+ this.audiences + ", introspectionCredential=" + this.introspectionCredential + "]";
	}

}
