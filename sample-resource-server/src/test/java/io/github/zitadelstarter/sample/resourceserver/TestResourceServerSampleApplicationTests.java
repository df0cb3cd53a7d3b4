package io.github.zitadelstarter.sample.resourceserver;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TestResourceServerSampleApplication}: the sample at development time,
 * against the in-process test server, accepts the token it wrote to a file, as the
 * README's curl commands use it, and stops the test server when it fails to start.
 */
@ExtendWith(OutputCaptureExtension.class)
class TestResourceServerSampleApplicationTests {

	private static final Pattern TEST_SERVER = Pattern.compile("Calling the in-process ZITADEL test server at (\\S+?)\\. ");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void atDevelopmentTimeAcceptsTheLocalTokenOfAlice(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = TestResourceServerSampleApplication
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off")
			.getApplicationContext()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String token = Files.readString(LocalZitadel.TOKEN_FILE);
			assertThat(get(port, "/tasks", token).statusCode()).isEqualTo(200);
			assertThat(get(port, "/me", token).body()).startsWith("User ").endsWith("roles [admin, reader]");
			assertThat(get(port, "/organizations/1/settings", token).statusCode()).as("admin elsewhere only")
				.isEqualTo(403);
			assertThat(get(port, "/tasks", null).statusCode()).isEqualTo(401);
			assertThat(output).contains("It is a local stand-in, NOT ZITADEL").doesNotContain(token);
		}
	}

	@Test
	void aFailedStartStopsTheTestServer(CapturedOutput output) {
		assertThatException().isThrownBy(() -> TestResourceServerSampleApplication.run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.main.banner-mode=off",
				"--zitadel.resource-server.token-type=opaque"));
		assertThat(output).contains("APPLICATION FAILED TO START");
		Matcher testServer = TEST_SERVER.matcher(output.toString());
		assertThat(testServer.find()).as("the test server's origin in the log").isTrue();
		HttpRequest keys = HttpRequest.newBuilder(URI.create(testServer.group(1) + "/oauth/v2/keys")).build();
		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> this.http.send(keys, HttpResponse.BodyHandlers.ofString()));
	}

	private HttpResponse<String> get(int port, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
