package io.github.zitadelstarter.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Mono;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * What one call costs the calling JVM without the network: the clients of
 * PerCallBenchmark, built from Boot's builders of an application whose WebClient
 * connector and RestClient request factory answer 200 in memory. The starter's time
 * minus the floor's is then its own cost per call, which the loopback round trip's
 * variance would hide. Only the token requests reach the ZITADEL test server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class InMemoryCallBenchmark {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private ZitadelTestServer server;

	private Clients clients;

	private WebClient starterWebClient;

	private WebClient floorWebClient;

	private RestClient starterRestClient;

	private RestClient floorRestClient;

	@Setup
	public void start() {
		this.server = ZitadelTestServer.start();
		this.clients = new Clients(this.server.properties(), InMemoryTransport.class);
		this.starterWebClient = this.clients.starterWebClient();
		this.floorWebClient = this.clients.floorWebClient();
		this.starterRestClient = this.clients.starterRestClient();
		this.floorRestClient = this.clients.floorRestClient();
		Clients.call(this.starterWebClient, TIMEOUT);
		Clients.call(this.floorWebClient, TIMEOUT);
		Clients.call(this.starterRestClient);
		Clients.call(this.floorRestClient);
		if (this.server.requests().stream().anyMatch((request) -> request.path().equals(Clients.PATH))) {
			throw new IllegalStateException("A call went to the ZITADEL test server instead of staying in memory");
		}
	}

	@TearDown
	public void stop() {
		this.clients.close();
		this.server.close();
	}

	@Benchmark
	public void webClientStarter() {
		Clients.call(this.starterWebClient, TIMEOUT);
	}

	@Benchmark
	public void webClientStaticHeader() {
		Clients.call(this.floorWebClient, TIMEOUT);
	}

	@Benchmark
	public void restClientStarter() {
		Clients.call(this.starterRestClient);
	}

	@Benchmark
	public void restClientStaticHeader() {
		Clients.call(this.floorRestClient);
	}

	/**
	 * Replaces the transport of every client built from Boot's builders, the starter's
	 * included; ordered last so that it wins over Boot's own connector customizer.
	 */
	@Configuration(proxyBeanMethods = false)
	static class InMemoryTransport {

		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		WebClientCustomizer inMemoryConnector() {
			return (builder) -> builder.clientConnector((method, uri, requestCallback) -> requestCallback
				.apply(new org.springframework.mock.http.client.reactive.MockClientHttpRequest(method, uri))
				.then(Mono.fromSupplier(
						() -> new org.springframework.mock.http.client.reactive.MockClientHttpResponse(HttpStatus.OK))));
		}

		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		RestClientCustomizer inMemoryRequestFactory() {
			return (builder) -> builder.requestFactory((uri, method) -> {
				MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
				request.setResponse(new MockClientHttpResponse(new byte[0], HttpStatus.OK));
				return request;
			});
		}

	}

}
