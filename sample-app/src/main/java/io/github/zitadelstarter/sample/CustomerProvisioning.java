package io.github.zitadelstarter.sample;

import java.time.Duration;
import java.util.List;

import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.project.CreateProjectRequest;
import io.github.zitadelstarter.api.user.CreateUserRequest;
import io.github.zitadelstarter.api.user.ListUsersRequest;
import io.github.zitadelstarter.api.user.Metadata;
import io.github.zitadelstarter.api.user.User;
import io.github.zitadelstarter.api.user.UserQuery;
import io.github.zitadelstarter.api.user.UserType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Provisions the shop's customers in ZITADEL through the starter's typed API: each new
 * customer becomes a human user of the service user's organization, with the chosen plan
 * as metadata and the shop project's {@code customer} role.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Service
public class CustomerProvisioning {

	static final String CUSTOMER_ROLE = "customer";

	private final Zitadel zitadel;

	private final SingletonSupplier<String> organizationId;

	private final SingletonSupplier<String> projectId;

	public CustomerProvisioning(Zitadel zitadel, OrganizationClient organizations,
			@Value("${sample.shop-project-id:}") String shopProjectId) {
		this.zitadel = zitadel;
		this.organizationId = SingletonSupplier
			.of(() -> organizations.myOrganization().map(Organization::id).block(Duration.ofSeconds(30)));
		this.projectId = SingletonSupplier
			.of(() -> StringUtils.hasText(shopProjectId) ? shopProjectId : createShopProject());
	}

	/**
	 * Sign up a customer: create the user, keep the plan as its metadata and grant it the
	 * customer role of the shop project.
	 * @param signUp the customer to sign up
	 * @return the customer
	 */
	public Customer signUp(Customer.SignUp signUp) {
		String organization = this.organizationId.obtain();
		String userId = this.zitadel.users()
			.createUser(CreateUserRequest.human(organization, signUp.givenName(), signUp.familyName(), signUp.email()))
			.id();
		this.zitadel.users().setUserMetadata(userId, Metadata.of("plan", signUp.plan()));
		this.zitadel.authorizations().createAuthorization(userId, this.projectId.obtain(), organization, CUSTOMER_ROLE);
		return new Customer(userId, signUp.email(), signUp.givenName() + " " + signUp.familyName());
	}

	/**
	 * Return the customers: every human user of the organization, read page by page.
	 * @return the customers
	 */
	public List<Customer> customers() {
		ListUsersRequest humans = ListUsersRequest.of(UserQuery.inOrganization(this.organizationId.obtain()),
				UserQuery.ofType(UserType.HUMAN));
		return this.zitadel.users().streamUsers(humans).map(CustomerProvisioning::customer).toList();
	}

	/**
	 * Return the ID of the shop project, whose customer role signed-up customers get.
	 * @return the project's ID
	 */
	public String shopProjectId() {
		return this.projectId.obtain();
	}

	// Without sample.shop-project-id, as on the local test server, the sample defines its
	// project and role itself.
	private String createShopProject() {
		String projectId = this.zitadel.projects()
			.createProject(CreateProjectRequest.of(this.organizationId.obtain(), "Sample Shop"))
			.projectId();
		this.zitadel.projects().addProjectRole(projectId, CUSTOMER_ROLE, "Customer");
		return projectId;
	}

	private static Customer customer(User user) {
		User.Human human = user.human();
		String email = (human != null && human.email() != null) ? human.email().email() : user.username();
		String name = (human != null && human.profile() != null) ? human.profile().displayName() : user.username();
		return new Customer(user.userId(), email, name);
	}

}
