package io.github.zitadelstarter.test.autoconfigure.readme;

import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.TokenEndpointFault;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.autoconfigure.AutoConfigureZitadelTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureZitadelTestServer
class OrganizationsFaultTests {

	@Autowired
	Organizations organizations;

	@Autowired
	ZitadelTestServer zitadel;

	@Test
	void waitsOutAShortOutage() {
		zitadel.failNextTokenRequests(2, TokenEndpointFault.serviceUnavailable());

		assertThat(organizations.myOrganizationName().block()).isEqualTo(zitadel.organization().name());
		assertThat(zitadel.tokenRequestCount()).isEqualTo(3);
	}

	@Test
	void callsZitadelWithTheServiceUsersToken() {
		organizations.myOrganizationName().block();

		RecordedRequest call = zitadel.requests().get(1);
		assertThat(call.path()).isEqualTo("/management/v1/orgs/me");
		assertThat(call.header("Authorization")).startsWith("Bearer ");
	}

}
