package io.github.zitadelstarter.test.autoconfigure;

import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's {@code @SpringBootTest} with {@link AutoConfigureZitadelTestServer}, as the
 * README shows it: both clients read the test server's organization with one token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.reactor.netty.shutdown-quiet-period=100ms")
@AutoConfigureZitadelTestServer
class SpringBootTestWithZitadelTestServerTests {

	@Autowired
	private ZitadelTestServer zitadel;

	@Autowired
	@Qualifier("zitadelWebClient")
	private WebClient zitadelWebClient;

	@Autowired
	@Qualifier("zitadelRestClient")
	private RestClient zitadelRestClient;

	@Test
	void bothClientsReadTheTestServersOrganizationWithOneToken() {
		MyOrganization throughWebClient = this.zitadelWebClient.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.bodyToMono(MyOrganization.class)
			.block();
		MyOrganization throughRestClient = this.zitadelRestClient.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.body(MyOrganization.class);
		assertThat(throughWebClient.org()).isEqualTo(this.zitadel.organization());
		assertThat(throughRestClient.org()).isEqualTo(this.zitadel.organization());
		assertThat(this.zitadel.tokenRequestCount()).isEqualTo(1);
	}

	record MyOrganization(Organization org) {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Application {

	}

}
