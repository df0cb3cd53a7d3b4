package io.github.zitadelstarter.test.autoconfigure.readme;

import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.autoconfigure.AutoConfigureZitadelTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureZitadelTestServer
class OrganizationsTests {

	@Autowired
	Organizations organizations;   // your service that uses zitadelWebClient

	@Autowired
	ZitadelTestServer zitadel;

	@Test
	void readsTheOrganizationName() {
		assertThat(organizations.myOrganizationName().block()).isEqualTo(zitadel.organization().name());
	}

}
