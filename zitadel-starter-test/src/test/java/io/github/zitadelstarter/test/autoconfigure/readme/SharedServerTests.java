package io.github.zitadelstarter.test.autoconfigure.readme;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SharedServerTests {

	@RegisterExtension
	static ZitadelTestServerExtension zitadel = ZitadelTestServerExtension.shared();

	@DynamicPropertySource
	static void zitadelProperties(DynamicPropertyRegistry registry) {
		zitadel.registerProperties(registry);
	}

	@Autowired
	Organizations organizations;

	@Autowired
	ZitadelTokenManager tokenManager;

	@BeforeEach
	void startAfresh() {
		zitadel.server().reset();
		tokenManager.clearCache();
	}

	@Test
	void readsTheOrganizationName(ZitadelTestServer server) {
		assertThat(organizations.myOrganizationName().block()).isEqualTo(server.organization().name());
		assertThat(server.tokenRequestCount()).isEqualTo(1);
	}

}
