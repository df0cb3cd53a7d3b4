package io.github.zitadelstarter.api;

import io.github.zitadelstarter.api.authorization.ReactiveAuthorizationService;
import io.github.zitadelstarter.api.organization.ReactiveOrganizationService;
import io.github.zitadelstarter.api.project.ReactiveProjectService;
import io.github.zitadelstarter.api.user.ReactiveUserService;

/**
 * Typed calls of ZITADEL's v2 APIs for reactive callers, as the service user: inject it
 * and call, for example,
 * <pre class="code">
 * Mono&lt;String&gt; userId = reactiveZitadel.users()
 *     .createUser(CreateUserRequest.human(organizationId, "Jane", "Doe", "jane@example.com"))
 *     .map(CreateUserResponse::id);
 * </pre>
 * The calls go through a {@code WebClient} with everything {@code zitadelWebClient} has:
 * base URL, token, default headers; no call blocks. They are Connect calls with JSON
 * ({@code POST /zitadel.<package>.v2.<Service>/<Rpc>}); an error answer fails the
 * publisher with a {@link ZitadelApiException}. {@link Zitadel} is the same for blocking
 * callers.
 * Needs ZITADEL v4 or later.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ReactiveZitadel {

	private final ReactiveUserService users;

	private final ReactiveOrganizationService organizations;

	private final ReactiveProjectService projects;

	private final ReactiveAuthorizationService authorizations;

	/**
	 * Create the entry point of the given services, for example of test doubles.
	 * @param users the UserService
	 * @param organizations the OrganizationService
	 * @param projects the ProjectService
	 * @param authorizations the AuthorizationService
	 */
	public ReactiveZitadel(ReactiveUserService users, ReactiveOrganizationService organizations,
			ReactiveProjectService projects, ReactiveAuthorizationService authorizations) {
		this.users = users;
		this.organizations = organizations;
		this.projects = projects;
		this.authorizations = authorizations;
	}

	/**
	 * Return the UserService: human and machine users, their metadata and credentials.
	 * @return the service
	 */
	public ReactiveUserService users() {
		return this.users;
	}

	/**
	 * Return the OrganizationService: organizations, such as one per tenant.
	 * @return the service
	 */
	public ReactiveOrganizationService organizations() {
		return this.organizations;
	}

	/**
	 * Return the ProjectService: projects and their roles.
	 * @return the service
	 */
	public ReactiveProjectService projects() {
		return this.projects;
	}

	/**
	 * Return the AuthorizationService: roles granted to users.
	 * @return the service
	 */
	public ReactiveAuthorizationService authorizations() {
		return this.authorizations;
	}

}
