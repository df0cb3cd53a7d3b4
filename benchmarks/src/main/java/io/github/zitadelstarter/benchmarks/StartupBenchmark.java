package io.github.zitadelstarter.benchmarks;

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

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cold start of a minimal non-web application with and without the starter, one start
 * per fresh JVM; the secondary result requestsDuringStartup counts what reached ZITADEL
 * while the context started.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class StartupBenchmark {

	@Param({ "true", "false" })
	public boolean starter;

	private ZitadelTestServer server;

	private ConfigurableApplicationContext context;

	@Setup(Level.Trial)
	public void startServer() {
		this.server = ZitadelTestServer.start();
	}

	@TearDown(Level.Trial)
	public void stop() {
		if (this.context != null) {
			this.context.close();
		}
		this.server.close();
	}

	@Benchmark
	public void contextStart(Requests requests) {
		this.context = Clients.start(this.server.properties(), this.starter);
		requests.requestsDuringStartup = this.server.requests().size();
	}

	/**
	 * Requests that reached the ZITADEL test server while the context started.
	 */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Requests {

		public int requestsDuringStartup;

	}

}
