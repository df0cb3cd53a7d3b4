package io.github.zitadelstarter.sample;

import java.util.List;

import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.authorization.AuthorizationFilter;
import io.github.zitadelstarter.api.authorization.ListAuthorizationsRequest;
import io.github.zitadelstarter.api.user.ListUserMetadataRequest;
import io.github.zitadelstarter.api.user.Metadata;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sample's provisioning flow against a local ZITADEL ({@link LocalZitadelConfiguration},
 * the in-process test server): sign a customer up (user, metadata, role) and list the
 * organization's customers.
 */
@SpringBootTest(classes = { SampleApplication.class, LocalZitadelConfiguration.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerProvisioningTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Zitadel zitadel;

	@Autowired
	private CustomerProvisioning provisioning;

	@Test
	void signsUpACustomerWithPlanAndRoleAndListsIt() {
		RestClient sample = RestClient.create("http://127.0.0.1:" + this.port);
		Customer customer = sample.post()
			.uri("/customers")
			.body(new Customer.SignUp("ada@example.com", "Ada", "Lovelace", "pro"))
			.retrieve()
			.body(Customer.class);
		assertThat(customer.id()).matches("\\d+");
		assertThat(customer.name()).isEqualTo("Ada Lovelace");
		List<Customer> customers = sample.get().uri("/customers").retrieve().body(new ParameterizedTypeReference<>() {
		});
		assertThat(customers).contains(customer);
		assertThat(this.zitadel.users().streamUserMetadata(ListUserMetadataRequest.of(customer.id())))
			.extracting(Metadata::key, Metadata::valueAsString)
			.containsExactly(tuple("plan", "pro"));
		assertThat(this.zitadel.authorizations()
			.streamAuthorizations(ListAuthorizationsRequest.of(AuthorizationFilter.ofUsers(customer.id()))))
			.singleElement()
			.satisfies((authorization) -> {
				assertThat(authorization.project().id()).isEqualTo(this.provisioning.shopProjectId());
				assertThat(authorization.roleKeys()).containsExactly(CustomerProvisioning.CUSTOMER_ROLE);
			});
	}

	@Test
	void aTakenEmailIsAConflictWithZitadelsCode() {
		RestClient sample = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
		Customer.SignUp grace = new Customer.SignUp("grace@example.com", "Grace", "Hopper", "basic");
		sample.post().uri("/customers").body(grace).retrieve().toBodilessEntity();
		ProblemDetail problem = sample.post().uri("/customers").body(grace).retrieve().body(ProblemDetail.class);
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getProperties()).containsEntry("code", "already_exists");
	}

}
