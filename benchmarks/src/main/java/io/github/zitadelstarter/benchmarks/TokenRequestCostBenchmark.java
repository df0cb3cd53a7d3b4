package io.github.zitadelstarter.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.zitadelstarter.client.ZitadelTokenManager;
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
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * One token request through the starter's token manager, from the client's side: with a
 * client secret (the client-credentials grant) and with a key (the JWT profile grant,
 * which signs a new RS256 assertion for each request, and which the test server verifies).
 * The test server runs in a JVM of its own; the cache is cleared before each request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TokenRequestCostBenchmark {

	@Param({ "client-secret", "key" })
	public String credential;

	private ZitadelTestServerProcess server;

	private ConfigurableApplicationContext application;

	private ZitadelTokenManager tokenManager;

	@Setup
	public void start() {
		this.server = ZitadelTestServerProcess.start();
		Map<String, String> properties = this.credential.equals("key") ? this.server.keyProperties()
				: this.server.properties();
		this.application = Clients.start(properties, true);
		this.tokenManager = this.application.getBean(ZitadelTokenManager.class);
	}

	@TearDown
	public void stop() {
		this.application.close();
		this.server.close();
	}

	@Benchmark
	public OAuth2AccessToken tokenRequest() {
		this.tokenManager.clearCache();
		return this.tokenManager.getAccessToken();
	}

}
