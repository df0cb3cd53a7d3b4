package io.github.zitadelstarter.resourceserver.starter;

import java.util.ArrayList;
import java.util.List;

import io.github.zitadelstarter.resourceserver.starter.Zitadel.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access tokens, the API application's secret and key, and ZITADEL's introspection
 * answers do not reach the log, even with Spring, the starter, Nimbus, Reactor Netty and
 * Netty logging at TRACE, for accepted and rejected tokens alike. (Tomcat's own
 * org.apache.coyote at DEBUG prints each request it receives, headers included: that is
 * the web server's logging of its input, which no starter can change.)
 */
@ExtendWith(OutputCaptureExtension.class)
class NoTokensInLogsTests {

	private static final List<String> TRACE = List.of("logging.level.org.springframework=TRACE",
			"logging.level.io.github.zitadelstarter=TRACE", "logging.level.reactor.netty=TRACE",
			"logging.level.io.netty=TRACE", "logging.level.com.nimbusds=TRACE");

	private final Zitadel zitadel = new Zitadel();

	private final List<String> secrets = new ArrayList<>();

	@AfterEach
	void stop() {
		this.zitadel.close();
	}

	@Test
	void servletApplication(CapturedOutput output) {
		for (Mode mode : Mode.values()) {
			exercise(ServletResourceServerTests.MvcApplication.class, WebApplicationType.SERVLET, mode);
		}
		assertNoSecretIn(output);
	}

	@Test
	void reactiveApplication(CapturedOutput output) {
		for (Mode mode : Mode.values()) {
			exercise(ReactiveResourceServerTests.WebFluxApplication.class, WebApplicationType.REACTIVE, mode);
		}
		assertNoSecretIn(output);
	}

	private void exercise(Class<?> application, WebApplicationType type, Mode mode) {
		List<String> properties = new ArrayList<>(mode.properties(this.zitadel));
		properties.addAll(TRACE);
		try (ConfigurableApplicationContext running = Zitadel.start(application, type, properties)) {
			String accepted = this.zitadel.token(this.zitadel.alice, mode.format);
			String forbidden = this.zitadel.token(this.zitadel.bob, mode.format);
			String expired = this.zitadel.server.userAccess()
				.expiredAccessToken(this.zitadel.alice, this.zitadel.api, mode.format);
			this.secrets.addAll(List.of(accepted, forbidden, expired));
			assertThat(Zitadel.get(running, "/tasks", accepted).statusCode()).isEqualTo(200);
			assertThat(Zitadel.get(running, "/tasks", forbidden).statusCode()).isEqualTo(403);
			assertThat(Zitadel.get(running, "/tasks", expired).statusCode()).isEqualTo(401);
		}
	}

	private void assertNoSecretIn(CapturedOutput output) {
		assertThat(output.getAll()).as("the applications logged at TRACE").contains("TRACE");
		for (String secret : this.secrets) {
			assertThat(output.getAll()).doesNotContain(secret);
			// a JWT's signature alone is the secret part a log line might still cut out
			assertThat(output.getAll()).doesNotContain(secret.substring(secret.lastIndexOf('.') + 1));
		}
		String keyJson = this.zitadel.api.keyJson();
		assertThat(output.getAll()).doesNotContain(this.zitadel.api.clientSecret())
			.doesNotContain(keyJson.substring(keyJson.indexOf("PRIVATE KEY-----") + 20).substring(0, 40))
			.doesNotContain("\"active\":true")
			.doesNotContain("urn:zitadel:iam:user:resourceowner");
	}

}
