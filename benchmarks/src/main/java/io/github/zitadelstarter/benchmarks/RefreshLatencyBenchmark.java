package io.github.zitadelstarter.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Latency of API calls through {@code zitadelRestClient} while tokens are refreshed, next
 * to steady state. In the steady state tokens live 12 hours, so no call meets a refresh;
 * across refreshes tokens live 4 seconds with a 2-second refresh margin, so every 2
 * seconds a call finds the token past its margin and a token request runs in the
 * background. Compare the high percentiles (p0.99, p0.999 and p1.00, the slowest call):
 * a call that waited for a token request would show there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(2)
public class RefreshLatencyBenchmark {

	@Param({ "steady", "across-refreshes" })
	public String tokens;

	@Param({ "client-secret", "key" })
	public String credential;

	private ZitadelTestServerProcess server;

	private ConfigurableApplicationContext application;

	private RestClient client;

	@Setup
	public void start() {
		boolean refreshing = this.tokens.equals("across-refreshes");
		this.server = refreshing ? ZitadelTestServerProcess.start(Duration.ofSeconds(4))
				: ZitadelTestServerProcess.start();
		Map<String, String> properties = new LinkedHashMap<>(
				this.credential.equals("key") ? this.server.keyProperties() : this.server.properties());
		properties.put("zitadel.token.refresh-margin", "2s");
		this.application = Clients.start(properties, true);
		this.client = this.application.getBean("zitadelRestClient", RestClient.class);
		Clients.call(this.client);
	}

	@TearDown
	public void stop() {
		this.application.close();
		this.server.close();
	}

	@Benchmark
	public void call() {
		Clients.call(this.client);
	}

}
