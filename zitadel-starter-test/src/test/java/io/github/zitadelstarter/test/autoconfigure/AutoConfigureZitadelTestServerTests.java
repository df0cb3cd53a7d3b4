package io.github.zitadelstarter.test.autoconfigure;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureZitadelTestServer} in a WebFlux application's
 * {@code @SpringBootTest}: the server is a bean, the zitadel.* properties point at it, and
 * the application stays reactive because the jar brings no servlet container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.reactor.netty.shutdown-quiet-period=100ms")
@AutoConfigureZitadelTestServer
class AutoConfigureZitadelTestServerTests {

	@Autowired
	private ZitadelTestServer zitadel;

	@Autowired
	private Environment environment;

	@Autowired
	private ApplicationContext context;

	@Test
	void propertiesPointAtTheServer() {
		assertThat(this.environment.getProperty("zitadel.domain")).isEqualTo(this.zitadel.origin().toString());
		assertThat(this.environment.getProperty("zitadel.client-id")).isEqualTo(this.zitadel.serviceUser().clientId());
		assertThat(this.environment.getProperty("zitadel.client-secret"))
			.isEqualTo(this.zitadel.serviceUser().clientSecret());
	}

	@Test
	void webFluxApplicationStaysReactive() {
		assertThat(this.context).isInstanceOf(ReactiveWebServerApplicationContext.class);
		assertThat(ClassUtils.isPresent("jakarta.servlet.Servlet", getClass().getClassLoader())).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class WebFluxApplication {

	}

}
