package io.github.zitadelstarter.sample.resourceserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample in its default mode, with no ZITADEL configured: it runs against the
 * in-process test server, says so, and accepts the token it wrote to a file, as the
 * README's curl commands use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerSampleApplicationTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void acceptsTheLocalTokenOfAlice(CapturedOutput output) throws Exception {
		String token = Files.readString(LocalZitadelEnvironmentPostProcessor.TOKEN_FILE);
		assertThat(get("/tasks", token).statusCode()).isEqualTo(200);
		assertThat(get("/me", token).body()).startsWith("User ").endsWith("roles [admin, reader]");
		assertThat(get("/organizations/1/settings", token).statusCode()).as("admin elsewhere only").isEqualTo(403);
		assertThat(get("/tasks", null).statusCode()).isEqualTo(401);
		assertThat(output).contains("It is a local stand-in, NOT ZITADEL").doesNotContain(token);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
