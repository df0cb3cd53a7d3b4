package io.github.zitadelstarter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.zitadelstarter.test.ZitadelTestServer;

/**
 * The ZITADEL test server in a JVM of its own, on loopback, so that its threads, JIT and
 * allocations are not counted against the clients of the benchmark JVM. The child prints
 * the properties that point the starter at it, then serves until its standard input is
 * closed, which also happens when the benchmark JVM dies.
 */
final class ZitadelTestServerProcess implements AutoCloseable {

	private static final String READY = "ready";

	private static final String KEY_JSON = "zitadel.key-json";

	private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);

	private final Process process;

	private final Map<String, String> properties;

	private ZitadelTestServerProcess(Process process, Map<String, String> properties) {
		this.process = process;
		this.properties = properties;
	}

	static ZitadelTestServerProcess start() {
		return start(DEFAULT_TOKEN_LIFETIME);
	}

	/**
	 * Start a server that issues tokens living the given time.
	 */
	static ZitadelTestServerProcess start(Duration tokenLifetime) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ZitadelTestServerProcess.class.getName(), String.valueOf(tokenLifetime.toSeconds()))
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the ZITADEL test server process", ex);
		}
		return new ZitadelTestServerProcess(process, readProperties(process));
	}

	private static Map<String, String> readProperties(Process process) {
		Map<String, String> properties = new LinkedHashMap<>();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		try {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.equals(READY)) {
					return properties;
				}
				String[] property = line.split("=", 2);
				if (property.length == 2) {
					properties.put(property[0], property[1]);
				}
			}
		}
		catch (IOException ex) {
			process.destroyForcibly();
			throw new UncheckedIOException("Could not read from the ZITADEL test server process", ex);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The ZITADEL test server process ended before it was ready");
	}

	/**
	 * Return the properties that point the starter at the server's default service user
	 * with its client secret.
	 */
	Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>(this.properties);
		properties.remove(KEY_JSON);
		return properties;
	}

	/**
	 * Return the properties that point the starter at the server's default service user
	 * with a key.
	 */
	Map<String, String> keyProperties() {
		return Map.of("zitadel.domain", this.properties.get("zitadel.domain"), KEY_JSON,
				this.properties.get(KEY_JSON));
	}

	@Override
	public void close() {
		try {
			this.process.getOutputStream().close();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	public static void main(String[] args) throws IOException {
		try (ZitadelTestServer server = ZitadelTestServer.start()) {
			server.setTokenLifetime(Duration.ofSeconds(Long.parseLong(args[0])));
			server.properties().forEach((name, value) -> System.out.println(name + "=" + value));
			// A key file's JSON has its line breaks escaped: it fits on one line.
			System.out.println(KEY_JSON + "=" + server.credentials().addKey(server.serviceUser()).json());
			System.out.println(READY);
			System.out.flush();
			System.in.transferTo(OutputStream.nullOutputStream());
		}
	}

}
