package io.github.zitadelstarter.sample.resourceserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The sample at development time, against the in-process test server, accepts the token
 * it wrote to a file, as the README's curl commands use it; run the way a real instance
 * is configured, it stops at once when nothing is configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerSampleApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

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
	void withoutAConfiguredInstanceTheSampleStopsSayingWhatIsMissing(CapturedOutput output) {
		assertThatException().isThrownBy(() -> SpringApplication
			.run(ResourceServerSampleApplication.class, "--server.port=0", "--spring.main.banner-mode=off")
			.close());
		assertThat(output).contains("APPLICATION FAILED TO START").contains("ZITADEL_DOMAIN");
	}

	private HttpResponse<String> get(int port, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
