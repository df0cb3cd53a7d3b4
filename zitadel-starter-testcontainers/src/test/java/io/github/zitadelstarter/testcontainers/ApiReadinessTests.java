package io.github.zitadelstarter.testcontainers;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Specification of {@link ApiReadiness} against the ZITADEL test server, whose issuer is
 * its origin, {@code http://127.0.0.1:<port>}.
 */
class ApiReadinessTests {

	private final ZitadelTestServer server = ZitadelTestServer.start();

	private final ControlledTime time = new ControlledTime();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void readyWhenTheIssuerIsTheOriginAndThePersonalAccessTokenPasses() {
		String token = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		readiness(this.server.origin()).await(token, Duration.ofMinutes(3));
		assertThat(this.server.requests()).extracting("path")
			.containsExactly("/.well-known/openid-configuration", "/auth/v1/users/me");
		assertThat(this.time.pauses()).isZero();
	}

	@Test
	void anIssuerOtherThanTheOriginFailsAtOnce() {
		String token = this.server.credentials().addPersonalAccessToken(this.server.serviceUser());
		URI localhost = URI.create("http://localhost:" + this.server.origin().getPort());
		assertThatIllegalStateException().isThrownBy(() -> readiness(localhost).await(token, Duration.ofMinutes(3)))
			.withMessageStartingWith("ZITADEL's issuer is " + this.server.origin() + " where tests reach it at "
					+ localhost + ": it would refuse the starter's JWT profile assertions")
			.withMessageContaining("TESTCONTAINERS_HOST_OVERRIDE");
		assertThat(this.time.pauses()).isZero();
	}

	@Test
	void keepsCallingUntilTheTimeoutAndSaysWhatZitadelLastAnswered() {
		assertThatIllegalStateException()
			.isThrownBy(() -> readiness(this.server.origin()).await("not-a-token", Duration.ofSeconds(3)))
			.withMessage("Gave up waiting for an authenticated call to /auth/v1/users/me with the personal access"
					+ " token: HTTP 401 code=16 message=Token is invalid (AUTH-7fs1e)")
			.withMessageNotContaining("not-a-token");
		assertThat(this.server.requests()).extracting("path").filteredOn("/auth/v1/users/me"::equals).hasSize(7);
	}

	@Test
	void waitsForZitadelToAnswerAtAll() throws Exception {
		URI closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		assertThatIllegalStateException().isThrownBy(() -> readiness(closed).await("token", Duration.ofSeconds(2)))
			.withMessageStartingWith("Gave up waiting for ZITADEL's discovery document at " + closed + ": ")
			.withMessageContaining("ConnectException");
		assertThat(this.time.pauses()).isEqualTo(4);
	}

	private ApiReadiness readiness(URI origin) {
		return new ApiReadiness(new ZitadelApi(origin), this.time.polling());
	}

}
