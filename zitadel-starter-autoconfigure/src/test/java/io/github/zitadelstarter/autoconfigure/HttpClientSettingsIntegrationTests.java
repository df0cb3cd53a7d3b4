package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import io.netty.handler.timeout.ReadTimeoutException;
import io.github.zitadelstarter.client.ZitadelTokenException;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The zitadel.http settings (timeouts, HTTP proxy, SSL bundle) on token requests and API
 * calls, through the HTTP clients the starter builds with Spring Boot's builders.
 */
class HttpClientSettingsIntegrationTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	// Never reached directly: only through the proxy, which sends everything to the test
	// server.
	private static final String UNREACHABLE_DOMAIN = "zitadel.domain=http://127.0.0.1:1";

	@TempDir
	static Path certificates;

	private static SSLContext serverTls;

	@BeforeAll
	static void createSelfSignedCertificate() throws Exception {
		Path keyStore = certificates.resolve("zitadel.p12");
		keytool("-genkeypair", "-alias", "zitadel", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
				"-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", "changeit");
		keytool("-exportcert", "-rfc", "-alias", "zitadel", "-keystore", keyStore.toString(), "-storepass",
				"changeit", "-file", certificates.resolve("ca.pem").toString());
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream input = Files.newInputStream(keyStore)) {
			store.load(input, "changeit".toCharArray());
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(store, "changeit".toCharArray());
		serverTls = SSLContext.getInstance("TLS");
		serverTls.init(keyManagers.getKeyManagers(), null, null);
	}

	// Both clients use Reactor Netty here, Spring Boot's first choice on this class path.
	@ParameterizedTest
	@ValueSource(strings = { "zitadel.http.read-timeout=300ms", "spring.http.clients.read-timeout=300ms" })
	void readTimeoutEndsApiCallsOfBothClients(String readTimeout) throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				Socket ignored = acceptInBackground(silent)) {
			String silentUrl = "http://127.0.0.1:" + silent.getLocalPort() + "/management/v1/orgs/me";
			withStarter(new ApplicationContextRunner(), readTimeout).run((context) -> {
				RestClient restClient = context.getBean("zitadelRestClient", RestClient.class);
				WebClient webClient = context.getBean("zitadelWebClient", WebClient.class);
				assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
					assertThat(catchThrowable(() -> restClient.get().uri(silentUrl).retrieve().toBodilessEntity()))
						.isInstanceOf(ResourceAccessException.class)
						.hasRootCauseInstanceOf(ReadTimeoutException.class);
					assertThat(catchThrowable(
							() -> webClient.get().uri(silentUrl).retrieve().toBodilessEntity().block()))
						.isInstanceOf(WebClientRequestException.class)
						.hasRootCauseInstanceOf(ReadTimeoutException.class);
				});
			});
		}
	}

	@Test
	void apiCallsKeepTheTransportOfTheApplicationsBuildersWithoutZitadelHttpSettings() {
		zitadel.server().clearRecordedRequests();
		withStarter(new ApplicationContextRunner()).withUserConfiguration(InMemoryTransport.class).run((context) -> {
			assertBothClientsReadTheOrganization(context);
			assertThat(context.getBean(InMemoryTransport.class).requests).hasSize(2)
				.allSatisfy((headers) -> assertThat(headers.getFirst(HttpHeaders.AUTHORIZATION)).startsWith("Bearer "));
			assertThat(zitadel.server().requests())
				.noneMatch((request) -> request.path().equals("/management/v1/orgs/me"));
		});
		withStarter(new ApplicationContextRunner(), "zitadel.http.read-timeout=5s")
			.withUserConfiguration(InMemoryTransport.class)
			.run((context) -> {
				assertBothClientsReadTheOrganization(context);
				assertThat(context.getBean(InMemoryTransport.class).requests).isEmpty();
			});
	}

	@Test
	void webFluxApplicationKeepsReactorNettyForItsOwnClientsAndTheStarters() {
		String healthz = zitadel.server().origin() + "/debug/healthz";
		zitadel.server().clearRecordedRequests();
		new ReactiveWebApplicationContextRunner().withConfiguration(StarterContexts.HTTP_CLIENTS)
			.withPropertyValues(StarterContexts.SHORT_NETTY_SHUTDOWN)
			.run((context) -> context.getBean(WebClient.Builder.class)
				.build()
				.get()
				.uri(healthz)
				.retrieve()
				.toBodilessEntity()
				.block());
		withStarter(new ReactiveWebApplicationContextRunner()).run((context) -> {
			assertThat(context).hasBean("zitadelWebClient");
			context.getBean(WebClient.Builder.class).build().get().uri(healthz).retrieve().toBodilessEntity().block();
			assertThat(StarterContexts.organizationViaWebClient(context).block())
				.isEqualTo(zitadel.server().organization());
		});
		assertThat(zitadel.server().requests()).extracting(RecordedRequest::path)
			.containsExactly("/debug/healthz", "/debug/healthz", "/oauth/v2/token", "/management/v1/orgs/me");
		assertThat(zitadel.server().requests()).extracting((request) -> request.header("User-Agent"))
			.allSatisfy((userAgent) -> assertThat(userAgent).startsWith("ReactorNetty/"));
	}

	@Test
	void proxyCarriesTokenRequestsAndApiCallsOfABlockingApplication() throws IOException {
		try (LoopbackForwarder proxy = LoopbackForwarder.httpProxy(zitadel.server().origin())) {
			withStarter(new ApplicationContextRunner(), UNREACHABLE_DOMAIN, "zitadel.http.proxy.host=127.0.0.1",
					"zitadel.http.proxy.port=" + proxy.port())
				.run((context) -> assertBothClientsReadTheOrganization(context));
			assertThat(proxy.proxiedTargets()).isNotEmpty()
				.allSatisfy((target) -> assertThat(target).contains("127.0.0.1:1"));
		}
	}

	@Test
	void proxyCarriesTokenRequestsAndApiCallsOfAReactiveApplication() throws IOException {
		try (LoopbackForwarder proxy = LoopbackForwarder.httpProxy(zitadel.server().origin())) {
			withStarter(new ReactiveWebApplicationContextRunner(), UNREACHABLE_DOMAIN,
					"zitadel.http.proxy.host=127.0.0.1", "zitadel.http.proxy.port=" + proxy.port())
				.run((context) -> assertBothClientsReadTheOrganization(context));
			assertThat(proxy.proxiedTargets()).isNotEmpty()
				.allSatisfy((target) -> assertThat(target).contains("127.0.0.1:1"));
		}
	}

	@Test
	void proxyHostWithoutPortFailsAtStartup() {
		withStarter(new ApplicationContextRunner(), "zitadel.http.proxy.host=proxy.internal")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("zitadel.http.proxy.port: it is not set"));
	}

	@Test
	void zitadelsCertificateIsTrustedThroughAnSslBundle() throws IOException {
		try (LoopbackForwarder tls = LoopbackForwarder.tls(zitadel.server().origin(), serverTls)) {
			String domain = "zitadel.domain=https://127.0.0.1:" + tls.port();
			withStarter(new ApplicationContextRunner(), domain)
				.run((context) -> assertThat(catchThrowable(() -> StarterContexts.organizationViaRestClient(context)))
					.isInstanceOf(ZitadelTokenException.class)
					.hasStackTraceContaining("PKIX path building failed"));
			for (String factory : List.of("jdk", "reactor")) {
				withStarter(new ApplicationContextRunner(), domain, "zitadel.http.ssl.bundle=zitadel-ca",
						"spring.ssl.bundle.pem.zitadel-ca.truststore.certificate=file:" + certificates.resolve("ca.pem"),
						"spring.http.clients.imperative.factory=" + factory)
					.run((context) -> assertBothClientsReadTheOrganization(context));
			}
			withStarter(new ReactiveWebApplicationContextRunner(), domain, "zitadel.http.ssl.bundle=zitadel-ca",
					"spring.ssl.bundle.pem.zitadel-ca.truststore.certificate=file:" + certificates.resolve("ca.pem"))
				.run((context) -> assertBothClientsReadTheOrganization(context));
		}
	}

	@Test
	void unknownSslBundleFailsAtStartupNamingTheBundles() {
		withStarter(new ApplicationContextRunner(), "zitadel.http.ssl.bundle=zitadel-ca",
				"spring.ssl.bundle.pem.other.truststore.certificate=file:" + certificates.resolve("ca.pem"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidZitadelPropertyException.class)
				.hasMessage("zitadel.http.ssl.bundle: there is no SSL bundle named 'zitadel-ca'; the bundles are"
						+ " [other]"));
	}

	/**
	 * Customizers that answer API calls in memory, as a test of the application might, and
	 * keep the headers of each request.
	 */
	@Configuration(proxyBeanMethods = false)
	static class InMemoryTransport {

		final List<HttpHeaders> requests = new CopyOnWriteArrayList<>();

		@Bean
		WebClientCustomizer inMemoryConnector() {
			return (builder) -> builder.clientConnector((method, uri, requestCallback) -> {
				org.springframework.mock.http.client.reactive.MockClientHttpRequest request = new org.springframework.mock.http.client.reactive.MockClientHttpRequest(
						method, uri);
				this.requests.add(request.getHeaders());
				org.springframework.mock.http.client.reactive.MockClientHttpResponse response = new org.springframework.mock.http.client.reactive.MockClientHttpResponse(
						HttpStatus.OK);
				response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
				response.setBody(organizationJson());
				return requestCallback.apply(request).thenReturn(response);
			});
		}

		@Bean
		RestClientCustomizer inMemoryRequestFactory() {
			return (builder) -> builder.requestFactory((uri, method) -> {
				MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
				this.requests.add(request.getHeaders());
				MockClientHttpResponse response = new MockClientHttpResponse(
						organizationJson().getBytes(StandardCharsets.UTF_8), HttpStatus.OK);
				response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
				request.setResponse(response);
				return request;
			});
		}

		private static String organizationJson() {
			Organization organization = zitadel.server().organization();
			return "{\"org\":{\"id\":\"" + organization.id() + "\",\"name\":\"" + organization.name()
					+ "\",\"primaryDomain\":\"" + organization.primaryDomain() + "\"}}";
		}

	}

	private static void assertBothClientsReadTheOrganization(ApplicationContext context) {
		assertThat(StarterContexts.organizationViaRestClient(context)).isEqualTo(zitadel.server().organization());
		assertThat(StarterContexts.organizationViaWebClient(context).block())
			.isEqualTo(zitadel.server().organization());
	}

	private static <R extends AbstractApplicationContextRunner<R, ?, ?>> R withStarter(R runner,
			String... properties) {
		return StarterContexts.withStarter(runner)
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.withPropertyValues(properties);
	}

	private static Socket acceptInBackground(ServerSocket server) {
		Socket[] accepted = new Socket[1];
		Thread acceptor = new Thread(() -> {
			try {
				accepted[0] = server.accept();
			}
			catch (IOException ex) {
				// Closed by the test.
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
		return new Socket() {

			@Override
			public synchronized void close() throws IOException {
				if (accepted[0] != null) {
					accepted[0].close();
				}
			}

		};
	}

	private static void keytool(String... arguments) throws IOException, InterruptedException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		List<String> command = new ArrayList<>(List.of(keytool.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
	}

}
