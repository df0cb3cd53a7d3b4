package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Configuration properties for calling ZITADEL's APIs as a service user.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@ConfigurationProperties("zitadel")
public class ZitadelProperties implements InitializingBean {

	static final String ZITADEL_AUDIENCE_SCOPE = "urn:zitadel:iam:org:project:id:zitadel:aud";

	private static final Log logger = LogFactory.getLog(ZitadelProperties.class);

	/**
	 * Whether to configure the ZITADEL token manager and clients.
	 */
	private boolean enabled = true;

	/**
	 * Domain of the ZITADEL instance, such as my-instance.zitadel.cloud, or its origin,
	 * such as https://auth.example.com:8443 or http://localhost:8080. A bare domain means
	 * https. Unset, the starter stays off, unless a credential of the service user is set
	 * (client-id, client-secret, key-file, key-json or personal-access-token), when the
	 * startup fails asking for the domain; set it blank to switch the starter off then.
	 */
	private @Nullable String domain;

	/**
	 * Username of the service user, used as the OAuth2 client ID with a client secret.
	 * Not the numeric user ID. Not needed with a key or a personal access token.
	 */
	private @Nullable String clientId;

	/**
	 * Client secret generated for the service user. One of four credentials, with
	 * key-file, key-json and personal-access-token: set exactly one.
	 */
	private @Nullable String clientSecret;

	/**
	 * Location of the service user's key file, the JSON that ZITADEL offers for download
	 * when a key is added to the service user, such as file:/etc/zitadel/service-user.json
	 * or classpath:zitadel-key.json. Read once, at startup.
	 */
	private @Nullable String keyFile;

	/**
	 * Content of the service user's key file, for a key passed through an environment
	 * variable or a secret store.
	 */
	private @Nullable String keyJson;

	/**
	 * Personal access token of the service user, sent as the access token of every call.
	 */
	private @Nullable String personalAccessToken;

	/**
	 * Scopes requested with each access token, as a list or as one string separated by
	 * spaces or commas. openid is always requested, even when missing here;
	 * urn:zitadel:iam:org:project:id:zitadel:aud grants access to ZITADEL's own APIs. Not
	 * used with a personal access token.
	 */
	private List<String> scopes = new ArrayList<>(List.of("openid", "profile", "email", ZITADEL_AUDIENCE_SCOPE));

	/**
	 * How the client ID and secret are sent to the token endpoint: client_secret_basic
	 * (HTTP Basic header) or client_secret_post (form body). Only for a client secret.
	 */
	private ClientAuthenticationMethod clientAuthenticationMethod = ClientAuthenticationMethod.CLIENT_SECRET_BASIC;

	/**
	 * ID of the organization whose context ZITADEL API calls use, sent as x-zitadel-orgid.
	 * One call can choose another with ZitadelHeaders.organization(id). Unset, ZITADEL uses
	 * the service user's own organization.
	 */
	private @Nullable String organizationId;

	/**
	 * Host name of the ZITADEL instance as the instance knows it (its external domain),
	 * sent as x-zitadel-instance-host on token and API requests. For self-hosted instances
	 * reached through another address.
	 */
	private @Nullable String instanceHost;

	/**
	 * Whether to accept a plain http domain that is not a loopback address. Access tokens
	 * and the service user's credential then cross the network unencrypted.
	 */
	private boolean allowInsecureHttp;

	private final Token token = new Token();

	private final Http http = new Http();

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

	public @Nullable String getKeyFile() {
		return this.keyFile;
	}

	public void setKeyFile(@Nullable String keyFile) {
		this.keyFile = keyFile;
	}

	public @Nullable String getKeyJson() {
		return this.keyJson;
	}

	public void setKeyJson(@Nullable String keyJson) {
		this.keyJson = keyJson;
	}

	public @Nullable String getPersonalAccessToken() {
		return this.personalAccessToken;
	}

	public void setPersonalAccessToken(@Nullable String personalAccessToken) {
		this.personalAccessToken = personalAccessToken;
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

	public @Nullable String getOrganizationId() {
		return this.organizationId;
	}

	public void setOrganizationId(@Nullable String organizationId) {
		this.organizationId = organizationId;
	}

	public @Nullable String getInstanceHost() {
		return this.instanceHost;
	}

	public void setInstanceHost(@Nullable String instanceHost) {
		this.instanceHost = instanceHost;
	}

	public boolean isAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public Token getToken() {
		return this.token;
	}

	public Http getHttp() {
		return this.http;
	}

	@Override
	public void afterPropertiesSet() {
		Set<String> requestedScopes = requestedScopes();
		if (requestedScopes.isEmpty()) {
			throw new InvalidZitadelPropertyException("zitadel.scopes", "it lists no scope",
					"Remove zitadel.scopes to request the default scopes (openid profile email " + ZITADEL_AUDIENCE_SCOPE
							+ "), or list the scopes the service user's tokens need.");
		}
		if (StringUtils.hasText(this.http.getProxy().getHost()) && this.http.getProxy().getPort() == null) {
			throw new InvalidZitadelPropertyException("zitadel.http.proxy.port", "it is not set",
					"Set zitadel.http.proxy.port to the port of the proxy at zitadel.http.proxy.host.");
		}
		if (!requestedScopes.contains(ZITADEL_AUDIENCE_SCOPE) && !StringUtils.hasText(this.personalAccessToken)) {
			logger.warn("zitadel.scopes does not contain " + ZITADEL_AUDIENCE_SCOPE
					+ ": ZITADEL's own APIs will answer 401 \"invalid audience (APP-Zxfako)\". Add the scope unless"
					+ " the tokens are meant for another API only.");
		}
	}

	/**
	 * Return the scopes to request: openid first, then the configured ones in order, each
	 * once. An entry holding several scopes separated by spaces or commas is split.
	 * @return the scopes, or an empty set if the configured entries hold none
	 */
	Set<String> requestedScopes() {
		Set<String> scopes = new LinkedHashSet<>();
		for (String entry : this.scopes) {
			for (String scope : entry.split("[\\s,]+")) {
				if (!scope.isEmpty()) {
					scopes.add(scope);
				}
			}
		}
		if (scopes.isEmpty()) {
			return Collections.emptySet();
		}
		Set<String> withOpenid = new LinkedHashSet<>();
		withOpenid.add("openid");
		withOpenid.addAll(scopes);
		return withOpenid;
	}

	/**
	 * How access tokens are requested, cached and refreshed.
	 */
	public static class Token {

		/**
		 * How long before an access token expires it is replaced. A token that lives
		 * less than twice this margin is replaced after half its lifetime.
		 */
		private Duration refreshMargin = Duration.ofSeconds(60);

		/**
		 * How long to use an access token whose token response has no expires_in.
		 */
		private Duration defaultLifetime = Duration.ofMinutes(5);

		private final Retry retry = new Retry();

		public Duration getRefreshMargin() {
			return this.refreshMargin;
		}

		public void setRefreshMargin(Duration refreshMargin) {
			this.refreshMargin = refreshMargin;
		}

		public Duration getDefaultLifetime() {
			return this.defaultLifetime;
		}

		public void setDefaultLifetime(Duration defaultLifetime) {
			this.defaultLifetime = defaultLifetime;
		}

		public Retry getRetry() {
			return this.retry;
		}

		/**
		 * How token requests that failed transiently are retried: no answer, a timeout,
		 * or HTTP 429, 502, 503 or 504. Errors about the client or the request, such as
		 * invalid_client, are never retried.
		 */
		public static class Retry {

			/**
			 * How long to keep retrying before the callers get the failure. A
			 * Retry-After that reaches past it ends the retries at once.
			 */
			private Duration budget = Duration.ofSeconds(10);

			/**
			 * Delay before the first retry, doubled for each further retry, with random
			 * jitter of up to half the delay.
			 */
			private Duration initialBackoff = Duration.ofMillis(200);

			/**
			 * Longest delay between two retries, unless Retry-After asks for longer.
			 */
			private Duration maxBackoff = Duration.ofSeconds(5);

			public Duration getBudget() {
				return this.budget;
			}

			public void setBudget(Duration budget) {
				this.budget = budget;
			}

			public Duration getInitialBackoff() {
				return this.initialBackoff;
			}

			public void setInitialBackoff(Duration initialBackoff) {
				this.initialBackoff = initialBackoff;
			}

			public Duration getMaxBackoff() {
				return this.maxBackoff;
			}

			public void setMaxBackoff(Duration maxBackoff) {
				this.maxBackoff = maxBackoff;
			}

		}

	}

	/**
	 * How the starter's HTTP clients reach ZITADEL. Token requests always use these
	 * settings; API calls use them as soon as one of them is set, and keep the transport
	 * of the application's client builders otherwise. Settings left unset here fall back to
	 * Spring Boot's spring.http.clients.* settings.
	 */
	public static class Http {

		/**
		 * Connect timeout of token requests and API calls. Unset, that of
		 * spring.http.clients.connect-timeout, or else 10s.
		 */
		private @Nullable Duration connectTimeout;

		/**
		 * Read timeout of token requests and API calls. Unset, that of
		 * spring.http.clients.read-timeout, or else 30s.
		 */
		private @Nullable Duration readTimeout;

		private final Ssl ssl = new Ssl();

		private final Proxy proxy = new Proxy();

		public @Nullable Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public @Nullable Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(@Nullable Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

		public Proxy getProxy() {
			return this.proxy;
		}

		/**
		 * TLS of the connections to ZITADEL.
		 */
		public static class Ssl {

			/**
			 * Name of the SSL bundle (spring.ssl.bundle.*) whose trust material verifies
			 * ZITADEL's certificate, for an instance whose certificate a private CA
			 * issued. Unset, that of spring.http.clients.ssl.bundle, or else the JDK's
			 * trust store.
			 */
			private @Nullable String bundle;

			public @Nullable String getBundle() {
				return this.bundle;
			}

			public void setBundle(@Nullable String bundle) {
				this.bundle = bundle;
			}

		}

		/**
		 * HTTP proxy between the application and ZITADEL. Supported with the JDK, Reactor
		 * Netty and simple JDK URLConnection clients.
		 */
		public static class Proxy {

			/**
			 * Host of the HTTP proxy. Unset, ZITADEL is reached directly.
			 */
			private @Nullable String host;

			/**
			 * Port of the HTTP proxy.
			 */
			private @Nullable Integer port;

			public @Nullable String getHost() {
				return this.host;
			}

			public void setHost(@Nullable String host) {
				this.host = host;
			}

			public @Nullable Integer getPort() {
				return this.port;
			}

			public void setPort(@Nullable Integer port) {
				this.port = port;
			}

		}

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
