package io.github.zitadelstarter.api;

import io.github.zitadelstarter.api.authorization.AuthorizationService;
import io.github.zitadelstarter.api.organization.OrganizationService;
import io.github.zitadelstarter.api.project.ProjectService;
import io.github.zitadelstarter.api.user.UserService;

/**
 * Typed calls of ZITADEL's v2 APIs for blocking callers, as the service user: inject it
 * and call, for example,
 * <pre class="code">
 * String userId = zitadel.users()
 *     .createUser(CreateUserRequest.human(organizationId, "Jane", "Doe", "jane@example.com"))
 *     .id();
 * </pre>
 * The calls go through a {@code RestClient} with everything {@code zitadelRestClient}
 * has: base URL, token, default headers. They are Connect calls with JSON
 * ({@code POST /zitadel.<package>.v2.<Service>/<Rpc>}); an error answer is a
 * {@link ZitadelApiException}. {@link ReactiveZitadel} is the same for reactive callers.
 * Needs ZITADEL v4 or later.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class Zitadel {

	private final UserService users;

	private final OrganizationService organizations;

	private final ProjectService projects;

	private final AuthorizationService authorizations;

	/**
	 * Create the entry point of the given services, for example of test doubles.
	 * @param users the UserService
	 * @param organizations the OrganizationService
	 * @param projects the ProjectService
	 * @param authorizations the AuthorizationService
	 */
	public Zitadel(UserService users, OrganizationService organizations, ProjectService projects,
			AuthorizationService authorizations) {
		this.users = users;
		this.organizations = organizations;
		this.projects = projects;
		this.authorizations = authorizations;
	}

	/**
	 * Return the UserService: human and machine users, their metadata and credentials.
	 * @return the service
	 */
	public UserService users() {
		return this.users;
	}

	/**
	 * Return the OrganizationService: organizations, such as one per tenant.
	 * @return the service
	 */
	public OrganizationService organizations() {
		return this.organizations;
	}

	/**
	 * Return the ProjectService: projects and their roles.
	 * @return the service
	 */
	public ProjectService projects() {
		return this.projects;
	}

	/**
	 * Return the AuthorizationService: roles granted to users.
	 * @return the service
	 */
	public AuthorizationService authorizations() {
		return this.authorizations;
	}

}
