package io.github.zitadelstarter.sample;

import java.util.Map;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The sample as {@code java -jar} and {@code spring-boot:run} run it: it calls the
 * instance its environment names, and without ZITADEL_DOMAIN it does not start, with the
 * starter's explanation. The environment here holds only what each test gives it, not
 * the variables of the machine that runs the test.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Test
	void aCredentialWithoutTheDomainStopsTheStartupAskingForIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start(Map.of("ZITADEL_CLIENT_ID", "reporting-job",
				"ZITADEL_CLIENT_SECRET", "a-client-secret", "server.port", "0")));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The ZITADEL starter cannot use property 'zitadel.domain': it holds the unresolved"
					+ " placeholder ${ZITADEL_DOMAIN}")
			.contains("Set the environment variable or property ZITADEL_DOMAIN, or set zitadel.domain directly.")
			.doesNotContain("a-client-secret");
	}

	@Test
	void nothingConfiguredStopsTheStartupAskingForTheDomain(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start(Map.of("server.port", "0")));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The ZITADEL starter cannot use property 'zitadel.domain': it holds the unresolved"
					+ " placeholder ${ZITADEL_DOMAIN}");
	}

	@Test
	void servesTheOrganizationOfTheConfiguredInstance() {
		try (ZitadelTestServer server = ZitadelTestServer.start();
				ConfigurableApplicationContext context = start(Map.of("ZITADEL_DOMAIN", server.origin().toString(),
						"ZITADEL_CLIENT_ID", server.serviceUser().clientId(), "ZITADEL_CLIENT_SECRET",
						server.serviceUser().clientSecret(), "server.port", "0"))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Organization organization = SampleHttp.organization(port);
			assertThat(organization.name()).isEqualTo(server.organization().name());
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> environment) {
		StandardEnvironment isolated = new StandardEnvironment();
		isolated.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		isolated.getPropertySources().addFirst(new MapPropertySource("test", environment));
		return new SpringApplicationBuilder(SampleApplication.class).environment(isolated)
			.web(WebApplicationType.SERVLET)
			.run();
	}

}
