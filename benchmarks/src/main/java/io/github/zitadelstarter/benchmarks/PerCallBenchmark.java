package io.github.zitadelstarter.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

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

import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Time and allocation of one GET /management/v1/orgs/me with a cached token, against the
 * ZITADEL test server on loopback: the starter's clients, the same clients with a static
 * Authorization header (the floor), and hand-wired Spring Security. The server runs in a
 * JVM of its own, so that allocation per call counts the client only. Every call is
 * timed, so that the median is reported next to the mean; the mean of a round trip on a
 * shared machine is dominated by the calls that waited for a CPU. The two hand-wired
 * clients are a reference, not a target, and run in fewer forks to keep the whole run
 * short.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 1)
@Fork(3)
public class PerCallBenchmark {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private ZitadelTestServerProcess server;

	private Clients clients;

	private WebClient starterWebClient;

	private WebClient floorWebClient;

	private WebClient springSecurityWebClient;

	private RestClient starterRestClient;

	private RestClient floorRestClient;

	private RestClient springSecurityRestClient;

	@Setup
	public void start() {
		this.server = ZitadelTestServerProcess.start();
		this.clients = new Clients(this.server.properties());
		this.starterWebClient = this.clients.starterWebClient();
		this.floorWebClient = this.clients.floorWebClient();
		this.springSecurityWebClient = this.clients.springSecurityWebClient();
		this.starterRestClient = this.clients.starterRestClient();
		this.floorRestClient = this.clients.floorRestClient();
		this.springSecurityRestClient = this.clients.springSecurityRestClient();
		for (WebClient client : new WebClient[] { this.starterWebClient, this.floorWebClient,
				this.springSecurityWebClient }) {
			Clients.call(client, TIMEOUT);
		}
		for (RestClient client : new RestClient[] { this.starterRestClient, this.floorRestClient,
				this.springSecurityRestClient }) {
			Clients.call(client);
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
	@Fork(2)
	public void webClientSpringSecurity() {
		Clients.call(this.springSecurityWebClient, TIMEOUT);
	}

	@Benchmark
	public void restClientStarter() {
		Clients.call(this.starterRestClient);
	}

	@Benchmark
	public void restClientStaticHeader() {
		Clients.call(this.floorRestClient);
	}

	@Benchmark
	@Fork(2)
	public void restClientSpringSecurity() {
		Clients.call(this.springSecurityRestClient);
	}

}
