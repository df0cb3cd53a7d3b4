package io.github.zitadelstarter.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged sample, run as {@code java -jar sample-app/target/sample-app-*.jar} with the
 * JDK that runs the build, in an environment whose only ZITADEL variables are those each
 * test sets.
 */
class ExecutableJarIT {

	private static final long TIMEOUT_SECONDS = 120;

	@Test
	void withoutZitadelDomainTheJarStopsWithTheStartersExplanation() throws Exception {
		Process process = start(
				Map.of("ZITADEL_CLIENT_ID", "reporting-job", "ZITADEL_CLIENT_SECRET", "a-client-secret"));
		Output output = new Output(process);
		assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the jar stops by itself").isTrue();
		assertThat(process.exitValue()).isNotZero();
		assertThat(output.all()).contains("APPLICATION FAILED TO START")
			.contains("The ZITADEL starter cannot use property 'zitadel.domain': it holds the unresolved"
					+ " placeholder ${ZITADEL_DOMAIN}")
			.doesNotContain("a-client-secret");
	}

	@Test
	void withZitadelConfiguredTheJarServesTheOrganization() throws Exception {
		try (ZitadelTestServer server = ZitadelTestServer.start()) {
			Process process = start(Map.of("ZITADEL_DOMAIN", server.origin().toString(), "ZITADEL_CLIENT_ID",
					server.serviceUser().clientId(), "ZITADEL_CLIENT_SECRET", server.serviceUser().clientSecret()));
			Output output = new Output(process);
			try {
				Organization organization = SampleHttp.organization(output.port());
				assertThat(organization.name()).isEqualTo(server.organization().name());
			}
			catch (RuntimeException ex) {
				throw new AssertionError("The jar's output:\n" + output.lines(), ex);
			}
			finally {
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
	}

	private static Process start(Map<String, String> zitadelVariables) throws IOException {
		Path jar = Path.of(System.getProperty("sample.jar"));
		assertThat(jar).exists();
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=0")
			.redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("ZITADEL_"));
		builder.environment().putAll(zitadelVariables);
		return builder.start();
	}

	/**
	 * The lines a process writes, read as they come.
	 */
	private static final class Output {

		private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

		private final List<String> lines = new CopyOnWriteArrayList<>();

		private final BlockingQueue<Object> arriving = new LinkedBlockingQueue<>();

		private final Object end = new Object();

		// On a thread of its own: reading blocks for as long as the jar runs, and Java 25's
		// HTTP client, which Spring's JDK request factory calls with sendAsync, needs a
		// thread of the common fork-join pool (one thread on two cores) to complete a
		// request: reading there left the test's request unanswered.
		Output(Process process) {
			Thread reader = new Thread(() -> read(process), "sample-jar-output");
			reader.setDaemon(true);
			reader.start();
		}

		private void read(Process process) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				reader.lines().forEach((line) -> {
					this.lines.add(line);
					this.arriving.add(line);
				});
			}
			catch (IOException ex) {
				this.lines.add("(output not readable: " + ex.getMessage() + ")");
			}
			this.arriving.add(this.end);
		}

		/**
		 * Wait for the line that names the web server's port.
		 */
		int port() throws InterruptedException {
			Object line;
			while ((line = next()) != this.end && line != null) {
				Matcher port = PORT.matcher((String) line);
				if (port.find()) {
					return Integer.parseInt(port.group(1));
				}
			}
			throw new AssertionError("The jar did not start its web server:\n" + String.join("\n", this.lines));
		}

		/**
		 * Wait for the end of the output and return all of it.
		 */
		String all() throws InterruptedException {
			Object line;
			while ((line = next()) != this.end && line != null) {
				// read up to the end
			}
			return String.join("\n", this.lines);
		}

		String lines() {
			return String.join("\n", this.lines);
		}

		private Object next() throws InterruptedException {
			return this.arriving.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}

	}

}
