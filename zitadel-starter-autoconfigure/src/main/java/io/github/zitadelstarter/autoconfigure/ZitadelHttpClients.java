package io.github.zitadelstarter.autoconfigure;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.SimpleClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.JdkClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the HTTP clients that reach ZITADEL, for token requests and API calls, from
 * Spring Boot's client builders with the zitadel.http settings: timeouts, an SSL bundle
 * and an HTTP proxy. Created at startup, so that a wrong SSL bundle name fails it; the
 * clients themselves are built when first needed.
 * <p>
 * API calls keep the transport of the application's builders, and so whatever its
 * customizers did to it (a mock server in a test, say), unless a zitadel.http property
 * asks for something else.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelHttpClients {

	private static final boolean reactorNettyPresent = ClassUtils.isPresent("reactor.netty.http.client.HttpClient",
			ZitadelHttpClients.class.getClassLoader());

	private final HttpClientSettings settings;

	private final @Nullable InetSocketAddress proxy;

	private final boolean configuresApiCalls;

	/**
	 * Create the settings of the starter's HTTP clients.
	 * @param properties the zitadel.http properties
	 * @param applicationSettings Spring Boot's spring.http.clients settings, if any
	 * @param sslBundles the application's SSL bundles, if any
	 */
	ZitadelHttpClients(ZitadelProperties.Http properties, @Nullable HttpClientSettings applicationSettings,
			@Nullable SslBundles sslBundles) {
		HttpClientSettings starterDefaults = HttpClientSettings.defaults()
			.withTimeouts(Defaults.CONNECT_TIMEOUT, Defaults.READ_TIMEOUT);
		HttpClientSettings fallback = (applicationSettings != null) ? applicationSettings.orElse(starterDefaults)
				: starterDefaults;
		this.settings = new HttpClientSettings(null, properties.getConnectTimeout(), properties.getReadTimeout(),
				sslBundle(properties.getSsl().getBundle(), sslBundles))
			.orElse(fallback);
		String proxyHost = properties.getProxy().getHost();
		Integer proxyPort = properties.getProxy().getPort();
		this.proxy = (StringUtils.hasText(proxyHost) && proxyPort != null)
				? InetSocketAddress.createUnresolved(proxyHost.trim(), proxyPort) : null;
		this.configuresApiCalls = properties.getConnectTimeout() != null || properties.getReadTimeout() != null
				|| StringUtils.hasText(properties.getSsl().getBundle()) || this.proxy != null;
	}

	private static @Nullable SslBundle sslBundle(@Nullable String name, @Nullable SslBundles sslBundles) {
		if (!StringUtils.hasText(name)) {
			return null;
		}
		String action = "Define the bundle under spring.ssl.bundle.pem." + name + " or spring.ssl.bundle.jks." + name
				+ ", with the certificate of the CA that issued ZITADEL's certificate as its trust material, or"
				+ " correct zitadel.http.ssl.bundle.";
		if (sslBundles == null) {
			throw new InvalidZitadelPropertyException("zitadel.http.ssl.bundle", "the application has no SSL bundles",
					action);
		}
		try {
			return sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidZitadelPropertyException("zitadel.http.ssl.bundle", "there is no SSL bundle named '"
					+ name + "'; the bundles are " + sslBundles.getBundleNames(), action);
		}
	}

	/**
	 * Return a request factory for the starter's own requests (token requests, health
	 * checks): the JDK's client, built apart from the application's so that none of its
	 * customizers sees a credential, and never following redirects, which could carry a
	 * credential elsewhere.
	 */
	ClientHttpRequestFactory ownRequestFactory() {
		return withProxy(ClientHttpRequestFactoryBuilder.jdk()).build(ownSettings());
	}

	/**
	 * Return a connector for the starter's own reactive requests: Reactor Netty's when
	 * present, the JDK's otherwise, apart from the application's and never following
	 * redirects.
	 */
	ClientHttpConnector ownConnector() {
		ClientHttpConnectorBuilder<?> builder = reactorNettyPresent ? ClientHttpConnectorBuilder.reactor()
				: ClientHttpConnectorBuilder.jdk();
		return withProxy(builder).build(ownSettings());
	}

	/**
	 * Give the RestClient for API calls a request factory from the application's builder
	 * with the zitadel.http settings, if any is set.
	 */
	void configureApiCalls(RestClient.Builder restClient,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> applicationBuilder) {
		if (this.configuresApiCalls) {
			restClient.requestFactory(withProxy(applicationBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect))
				.build(this.settings));
		}
	}

	/**
	 * Give the WebClient for API calls a connector from the application's builder with
	 * the zitadel.http settings, if any is set.
	 */
	void configureApiCalls(WebClient.Builder webClient,
			ObjectProvider<ClientHttpConnectorBuilder<?>> applicationBuilder) {
		if (this.configuresApiCalls) {
			webClient.clientConnector(
					withProxy(applicationBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect)).build(this.settings));
		}
	}

	private HttpClientSettings ownSettings() {
		return this.settings.withRedirects(HttpRedirects.DONT_FOLLOW);
	}

	private ClientHttpRequestFactoryBuilder<?> withProxy(ClientHttpRequestFactoryBuilder<?> builder) {
		InetSocketAddress proxy = this.proxy;
		if (proxy == null) {
			return builder;
		}
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			return jdk.withHttpClientCustomizer((client) -> client.proxy(ProxySelector.of(proxy)));
		}
		if (reactorNettyPresent && builder instanceof ReactorClientHttpRequestFactoryBuilder reactor) {
			return ReactorProxy.configure(reactor, proxy);
		}
		if (builder instanceof SimpleClientHttpRequestFactoryBuilder simple) {
			return simple.withCustomizer((factory) -> factory.setProxy(new Proxy(Proxy.Type.HTTP, proxy)));
		}
		throw unsupportedProxy(builder);
	}

	private ClientHttpConnectorBuilder<?> withProxy(ClientHttpConnectorBuilder<?> builder) {
		InetSocketAddress proxy = this.proxy;
		if (proxy == null) {
			return builder;
		}
		if (builder instanceof JdkClientHttpConnectorBuilder jdk) {
			return jdk.withHttpClientCustomizer((client) -> client.proxy(ProxySelector.of(proxy)));
		}
		if (reactorNettyPresent && builder instanceof ReactorClientHttpConnectorBuilder reactor) {
			return ReactorProxy.configure(reactor, proxy);
		}
		throw unsupportedProxy(builder);
	}

	private static IllegalStateException unsupportedProxy(Object builder) {
		return new IllegalStateException("zitadel.http.proxy is not supported with " + builder.getClass().getSimpleName()
				+ ": use the JDK or Reactor Netty HTTP client (spring.http.clients.imperative.factory or"
				+ " spring.http.clients.reactive.connector), or configure the proxy on a zitadelRestClient or"
				+ " zitadelWebClient bean of your own");
	}

	@Override
	public String toString() {
		return "ZitadelHttpClients{connectTimeout=" + this.settings.connectTimeout() + ", readTimeout="
				+ this.settings.readTimeout() + ", proxy=" + this.proxy + "}";
	}

	// Apart, with the lambdas that take Reactor Netty's HttpClient, so that Reactor Netty's
	// types are loaded only where it is used: Spring reads the declared methods of
	// ZitadelHttpClients, lambdas included, and an application without Reactor Netty would
	// fail to start.
	private static final class ReactorProxy {

		static ReactorClientHttpRequestFactoryBuilder configure(ReactorClientHttpRequestFactoryBuilder builder,
				InetSocketAddress proxy) {
			return builder.withHttpClientCustomizer((client) -> configure(client, proxy));
		}

		static ReactorClientHttpConnectorBuilder configure(ReactorClientHttpConnectorBuilder builder,
				InetSocketAddress proxy) {
			return builder.withHttpClientCustomizer((client) -> configure(client, proxy));
		}

		private static HttpClient configure(HttpClient client, InetSocketAddress proxy) {
			return client.proxy(
					(spec) -> spec.type(ProxyProvider.Proxy.HTTP).host(proxy.getHostString()).port(proxy.getPort()));
		}

	}

	// Apart, so that the resource server's introspection, whose class path may lack Spring
	// Boot's HTTP client support, reads them without loading ZitadelHttpClients.
	static final class Defaults {

		static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

		static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

		private Defaults() {
		}

	}

}
