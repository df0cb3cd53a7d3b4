package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for accepting ZITADEL users' access tokens in a resource
 * server. The instance is the one zitadel.domain names.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@ConfigurationProperties("zitadel.resource-server")
public class ZitadelResourceServerProperties {

	/**
	 * Whether to secure the application with ZITADEL access tokens when any
	 * zitadel.resource-server property is set.
	 */
	private boolean enabled = true;

	/**
	 * How access tokens are checked: jwt (verified with the instance's keys) or opaque
	 * (introspected with the API application's credentials).
	 */
	private TokenType tokenType = TokenType.JWT;

	/**
	 * ID of the project whose users call this API. Accepted as a token audience, and its
	 * role claim (urn:zitadel:iam:org:project:{projectId}:roles) is read besides
	 * urn:zitadel:iam:org:project:roles.
	 */
	private @Nullable String projectId;

	/**
	 * Further accepted token audiences, such as the API application's client ID. A JWT
	 * must name the project ID or one of these in its aud claim; a JWT needs at least one
	 * of the two properties.
	 */
	private List<String> audiences = new ArrayList<>();

	/**
	 * Prefix of the authorities mapped from ZITADEL roles; ROLE_ makes hasRole('admin')
	 * match the role admin.
	 */
	private String authorityPrefix = "ROLE_";

	/**
	 * Client ID of the API application, with which opaque tokens are introspected. Not
	 * the service user's client ID.
	 */
	private @Nullable String clientId;

	/**
	 * Client secret of the API application (authentication method Basic). Not the service
	 * user's secret.
	 */
	private @Nullable String clientSecret;

	/**
	 * Key file of the API application as JSON ("type":"application"), for introspection
	 * with private_key_jwt instead of the client secret. Not a service user's key.
	 */
	private @Nullable String key;

	/**
	 * Path patterns that the default security filter chain lets through without a token,
	 * such as /actuator/health/**.
	 */
	private List<String> publicPaths = new ArrayList<>();

	private final Introspection introspection = new Introspection();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public TokenType getTokenType() {
		return this.tokenType;
	}

	public void setTokenType(TokenType tokenType) {
		this.tokenType = tokenType;
	}

	public @Nullable String getProjectId() {
		return this.projectId;
	}

	public void setProjectId(@Nullable String projectId) {
		this.projectId = projectId;
	}

	public List<String> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = audiences;
	}

	public String getAuthorityPrefix() {
		return this.authorityPrefix;
	}

	public void setAuthorityPrefix(String authorityPrefix) {
		this.authorityPrefix = authorityPrefix;
	}

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public @Nullable String getKey() {
		return this.key;
	}

	public void setKey(@Nullable String key) {
		this.key = key;
	}

	public List<String> getPublicPaths() {
		return this.publicPaths;
	}

	public void setPublicPaths(List<String> publicPaths) {
		this.publicPaths = publicPaths;
	}

	public Introspection getIntrospection() {
		return this.introspection;
	}

	/**
	 * How access tokens are checked.
	 */
	public enum TokenType {

		/**
		 * JWTs verified with the keys at {origin}/oauth/v2/keys.
		 */
		JWT,

		/**
		 * Opaque tokens (and personal access tokens) introspected at
		 * {origin}/oauth/v2/introspect.
		 */
		OPAQUE

	}

	/**
	 * Settings of opaque-token introspection.
	 */
	public static class Introspection {

		/**
		 * How long an introspection answer is reused for the same token, never past the
		 * token's expiry. 0 (the default) introspects every request; longer means fewer
		 * requests to ZITADEL, but revoked tokens and changed roles are noticed that much
		 * later.
		 */
		private Duration cacheTimeToLive = Duration.ZERO;

		public Duration getCacheTimeToLive() {
			return this.cacheTimeToLive;
		}

		public void setCacheTimeToLive(Duration cacheTimeToLive) {
			this.cacheTimeToLive = cacheTimeToLive;
		}

	}

}
