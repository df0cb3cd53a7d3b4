package io.github.zitadelstarter.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for calling ZITADEL's APIs as a service user.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@ConfigurationProperties("zitadel")
public class ZitadelProperties {

	/**
	 * Whether to configure the ZITADEL token manager and clients.
	 */
	private boolean enabled = true;

	/**
	 * Domain of the ZITADEL instance, such as my-instance.zitadel.cloud, or its origin,
	 * such as https://auth.example.com:8443 or http://localhost:8080. A bare domain means
	 * https. Leave unset to switch the starter off.
	 */
	private @Nullable String domain;

	/**
	 * Username of the service user, used as the OAuth2 client ID. Not the numeric user
	 * ID.
	 */
	private @Nullable String clientId;

	/**
	 * Client secret generated for the service user.
	 */
	private @Nullable String clientSecret;

	/**
	 * Scopes requested with each access token. openid is always requested, even when
	 * missing here; urn:zitadel:iam:org:project:id:zitadel:aud grants access to ZITADEL's
	 * own APIs.
	 */
	private List<String> scopes = new ArrayList<>(
			List.of("openid", "profile", "email", "urn:zitadel:iam:org:project:id:zitadel:aud"));

	/**
	 * How the client ID and secret are sent to the token endpoint: client_secret_basic
	 * (HTTP Basic header) or client_secret_post (form body).
	 */
	private ClientAuthenticationMethod clientAuthenticationMethod = ClientAuthenticationMethod.CLIENT_SECRET_BASIC;

	/**
	 * Whether to accept a plain http domain that is not a loopback address. Access tokens
	 * and the client secret then cross the network unencrypted.
	 */
	private boolean allowInsecureHttp;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getDomain() {
		return this.domain;
	}

	public void setDomain(@Nullable String domain) {
		this.domain = domain;
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

	public List<String> getScopes() {
		return this.scopes;
	}

	public void setScopes(List<String> scopes) {
		this.scopes = scopes;
	}

	public ClientAuthenticationMethod getClientAuthenticationMethod() {
		return this.clientAuthenticationMethod;
	}

	public void setClientAuthenticationMethod(ClientAuthenticationMethod clientAuthenticationMethod) {
		this.clientAuthenticationMethod = clientAuthenticationMethod;
	}

	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	/**
	 * How the service user authenticates at the token endpoint.
	 */
	public enum ClientAuthenticationMethod {

		/**
		 * URL-encoded client ID and secret in an HTTP Basic Authorization header.
		 */
		CLIENT_SECRET_BASIC,

		/**
		 * Client ID and secret as client_id and client_secret in the form body.
		 */
		CLIENT_SECRET_POST

	}

}
