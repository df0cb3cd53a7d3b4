package io.github.zitadelstarter.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample in its default mode, with no ZITADEL configured: it runs against the
 * in-process test server, says so, and shows the organization.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@LocalServerPort
	private int port;

	@Test
	void showsTheOrganizationOfTheLocalStandIn(CapturedOutput output) {
		Organization organization = RestClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/organization")
			.retrieve()
			.body(Organization.class);
		assertThat(organization.name()).isEqualTo("ZITADEL Test Organization");
		assertThat(organization.primaryDomain()).isEqualTo("test-organization.localhost");
		assertThat(organization.id()).matches("\\d{18}");
		assertThat(output).contains("It is a local stand-in, NOT ZITADEL")
			.contains("Service user's organization: Organization[id=" + organization.id()
					+ ", name=ZITADEL Test Organization, primaryDomain=test-organization.localhost]");
	}

}
