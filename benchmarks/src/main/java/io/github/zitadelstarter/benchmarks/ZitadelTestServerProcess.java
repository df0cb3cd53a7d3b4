package io.github.zitadelstarter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

	private final Process process;

	private final Map<String, String> properties;

	private ZitadelTestServerProcess(Process process, Map<String, String> properties) {
		this.process = process;
		this.properties = properties;
	}

	static ZitadelTestServerProcess start() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ZitadelTestServerProcess.class.getName())
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

	Map<String, String> properties() {
		return this.properties;
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
			server.properties().forEach((name, value) -> System.out.println(name + "=" + value));
			System.out.println(READY);
			System.out.flush();
			System.in.transferTo(OutputStream.nullOutputStream());
		}
	}

}
