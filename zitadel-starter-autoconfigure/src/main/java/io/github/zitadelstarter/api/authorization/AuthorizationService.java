package io.github.zitadelstarter.api.authorization;

import java.util.List;
import java.util.stream.Stream;

import io.github.zitadelstarter.api.Pages;
import io.github.zitadelstarter.api.ZitadelApiException;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * ZITADEL's AuthorizationService v2 ({@code zitadel.authorization.v2.AuthorizationService}),
 * for blocking callers: {@code zitadel.authorizations()}. Each abstract method is one call
 * of the service; the default methods are shortcuts. Every method throws
 * {@link ZitadelApiException} when ZITADEL answers with an error.
 * {@link ReactiveAuthorizationService} is the same for reactive callers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@HttpExchange(url = "/zitadel.authorization.v2.AuthorizationService", contentType = "application/json",
		accept = "application/json", headers = "Connect-Protocol-Version=1")
public interface AuthorizationService {

	/**
	 * Grant roles of a project to a user in an organization (CreateAuthorization). Needs
	 * the permission user.grant.write.
	 * @param request the user, the project, the organization and the roles
	 * @return the new authorization's ID
	 */
	@PostExchange("/CreateAuthorization")
	CreateAuthorizationResponse createAuthorization(@RequestBody CreateAuthorizationRequest request);

	/**
	 * Grant roles of a project to a user in an organization (CreateAuthorization).
	 * @param userId the user's ID
	 * @param projectId the project's ID
	 * @param organizationId the organization's ID
	 * @param roleKeys the keys of the roles
	 * @return the new authorization's ID
	 */
	default CreateAuthorizationResponse createAuthorization(String userId, String projectId, String organizationId,
			String... roleKeys) {
		return createAuthorization(new CreateAuthorizationRequest(userId, projectId, organizationId, List.of(roleKeys)));
	}

	/**
	 * Read one page of the authorizations that match a request (ListAuthorizations).
	 * @param request the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListAuthorizations")
	ListAuthorizationsResponse listAuthorizations(@RequestBody ListAuthorizationsRequest request);

	/**
	 * Read all authorizations that match a request, one page after the other as the
	 * stream is consumed (ListAuthorizations).
	 * @param request the criteria and the first page
	 * @return the authorizations
	 */
	default Stream<Authorization> streamAuthorizations(ListAuthorizationsRequest request) {
		return Pages.stream(request.pagination(),
				(pagination) -> listAuthorizations(request.withPagination(pagination)));
	}

	/**
	 * Replace the roles of an authorization (UpdateAuthorization).
	 * @param request the authorization's ID and the keys of its roles from now on
	 * @return when the roles were replaced
	 */
	@PostExchange("/UpdateAuthorization")
	UpdateAuthorizationResponse updateAuthorization(@RequestBody UpdateAuthorizationRequest request);

	/**
	 * Delete an authorization: the user no longer holds its roles (DeleteAuthorization).
	 * @param request the authorization's ID
	 * @return when it was deleted
	 */
	@PostExchange("/DeleteAuthorization")
	DeleteAuthorizationResponse deleteAuthorization(@RequestBody DeleteAuthorizationRequest request);

	/**
	 * Delete an authorization (DeleteAuthorization).
	 * @param id the authorization's ID
	 * @return when it was deleted
	 */
	default DeleteAuthorizationResponse deleteAuthorization(String id) {
		return deleteAuthorization(new DeleteAuthorizationRequest(id));
	}

}
