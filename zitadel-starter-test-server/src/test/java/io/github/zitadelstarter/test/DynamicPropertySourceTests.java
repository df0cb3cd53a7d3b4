package io.github.zitadelstarter.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ZitadelTestServerExtension#registerProperties} in a {@code @DynamicPropertySource}
 * method points a Spring test context at the extension's server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DynamicPropertySourceTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	@DynamicPropertySource
	static void zitadelProperties(DynamicPropertyRegistry registry) {
		zitadel.registerProperties(registry);
	}

	@Autowired
	private Environment environment;

	@Test
	void propertiesPointAtTheExtensionsServer() {
		ServiceUser user = zitadel.server().serviceUser();
		assertThat(this.environment.getProperty("zitadel.domain")).isEqualTo(zitadel.server().origin().toString());
		assertThat(this.environment.getProperty("zitadel.client-id")).isEqualTo(user.clientId());
		assertThat(this.environment.getProperty("zitadel.client-secret")).isEqualTo(user.clientSecret());
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
