package io.github.zitadelstarter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Token requests that 64 concurrent callers cause, on a cold cache and right after the
 * token expired: reported as the secondary results tokenRequests and failedCalls (calls
 * that failed or did not finish within 10 seconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class TokenRequestsBenchmark {

	private static final int CALLERS = 64;

	private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(3);

	@Param({ "starter-webclient", "starter-restclient", "springsecurity-webclient", "springsecurity-restclient" })
	public String client;

	private ZitadelTestServer server;

	private Clients clients;

	private Runnable call;

	private ExecutorService callers;

	@Setup(Level.Iteration)
	public void freshApplication() {
		this.server = ZitadelTestServer.start();
		this.server.setTokenLifetime(TOKEN_LIFETIME);
		this.clients = new Clients(this.server.properties());
		this.call = switch (this.client) {
			case "starter-webclient" -> webClientCall(this.clients.starterWebClient());
			case "starter-restclient" -> restClientCall(this.clients.starterRestClient());
			case "springsecurity-webclient" -> webClientCall(this.clients.springSecurityWebClient());
			case "springsecurity-restclient" -> restClientCall(this.clients.springSecurityRestClient());
			default -> throw new IllegalArgumentException(this.client);
		};
		this.callers = Executors.newFixedThreadPool(CALLERS);
	}

	@TearDown(Level.Iteration)
	public void stop() {
		this.callers.shutdownNow();
		this.clients.close();
		this.server.close();
	}

	@Benchmark
	public void coldCache(Counters counters) throws Exception {
		counters.failedCalls = callConcurrently();
		counters.tokenRequests = this.server.tokenRequestCount();
	}

	@Benchmark
	public void afterExpiry(Counters counters) throws Exception {
		this.call.run();
		Thread.sleep(TOKEN_LIFETIME.toMillis());
		this.server.clearRecordedRequests();
		counters.failedCalls = callConcurrently();
		counters.tokenRequests = this.server.tokenRequestCount();
	}

	private int callConcurrently() throws InterruptedException {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			calls.add(this.callers.submit(() -> {
				start.await();
				this.call.run();
				return null;
			}));
		}
		start.countDown();
		int failed = 0;
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		for (Future<?> call : calls) {
			try {
				call.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (Exception ex) {
				failed++;
			}
		}
		return failed;
	}

	private static Runnable webClientCall(WebClient client) {
		return () -> Clients.call(client, Duration.ofSeconds(10));
	}

	private static Runnable restClientCall(RestClient client) {
		return () -> Clients.call(client);
	}

	/**
	 * What one round of concurrent calls cost.
	 */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Counters {

		public int tokenRequests;

		public int failedCalls;

	}

}
