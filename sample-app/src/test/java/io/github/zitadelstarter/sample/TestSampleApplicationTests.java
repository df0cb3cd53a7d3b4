package io.github.zitadelstarter.sample;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as {@code spring-boot:test-run} runs it, on a machine with no ZITADEL
 * configured: against the in-process test server, which it says is a stand-in.
 */
@ExtendWith(OutputCaptureExtension.class)
class TestSampleApplicationTests {

	@Test
	void readsTheOrganizationOfTheLocalStandIn(CapturedOutput output) {
		SpringApplication.Running running = TestSampleApplication.run("--server.port=0");
		try (ConfigurableApplicationContext context = running.getApplicationContext()) {
			ZitadelTestServer server = context.getBean(ZitadelTestServer.class);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Organization organization = SampleHttp.organization(port);
			assertThat(organization).isEqualTo(new Organization(server.organization().id(),
					"ZITADEL Test Organization", "test-organization.localhost"));
			assertThat(output).contains("Calling the in-process ZITADEL test server at " + server.origin())
				.contains("It is a local stand-in, NOT ZITADEL")
				.contains("Service user's organization: " + organization)
				.contains("Calling ZITADEL at " + server.origin() + " with the key ");
			assertThat(server.tokenRequests()).singleElement()
				.satisfies((request) -> assertThat(request.formValues("grant_type"))
					.containsExactly("urn:ietf:params:oauth:grant-type:jwt-bearer"));
		}
	}

}
