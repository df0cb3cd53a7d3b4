package io.github.zitadelstarter.api.authorization;

import java.util.List;

import io.github.zitadelstarter.api.Pages;
import io.github.zitadelstarter.api.ZitadelApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * ZITADEL's AuthorizationService v2 ({@code
 * zitadel.authorization.v2.AuthorizationService}), for reactive callers: {@code
 * reactiveZitadel.authorizations()}. Each abstract method is one call of the service; the
 * default methods are shortcuts. Every publisher fails with {@link ZitadelApiException}
 * when ZITADEL answers with an error. {@link AuthorizationService} is the same for
 * blocking callers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@HttpExchange(url = "/zitadel.authorization.v2.AuthorizationService", contentType = "application/json",
		accept = "application/json", headers = "Connect-Protocol-Version=1")
public interface ReactiveAuthorizationService {

	/**
	 * Grant roles of a project to a user in an organization (CreateAuthorization). Needs
	 * the permission user.grant.write.
	 * @param request the user, the project, the organization and the roles
	 * @return the new authorization's ID
	 */
	@PostExchange("/CreateAuthorization")
	Mono<CreateAuthorizationResponse> createAuthorization(@RequestBody CreateAuthorizationRequest request);

	/**
	 * Grant roles of a project to a user in an organization (CreateAuthorization).
	 * @param userId the user's ID
	 * @param projectId the project's ID
	 * @param organizationId the organization's ID
	 * @param roleKeys the keys of the roles
	 * @return the new authorization's ID
	 */
	default Mono<CreateAuthorizationResponse> createAuthorization(String userId, String projectId, String organizationId,
			String... roleKeys) {
		return createAuthorization(new CreateAuthorizationRequest(userId, projectId, organizationId, List.of(roleKeys)));
	}

	/**
	 * Read one page of the authorizations that match a request (ListAuthorizations).
	 * @param request the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListAuthorizations")
	Mono<ListAuthorizationsResponse> listAuthorizations(@RequestBody ListAuthorizationsRequest request);

	/**
	 * Read all authorizations that match a request, one page after the other as the
	 * results are consumed (ListAuthorizations).
	 * @param request the criteria and the first page
	 * @return the authorizations
	 */
	default Flux<Authorization> streamAuthorizations(ListAuthorizationsRequest request) {
		return Pages.flux(request.pagination(),
				(pagination) -> listAuthorizations(request.withPagination(pagination)));
	}

	/**
	 * Replace the roles of an authorization (UpdateAuthorization).
	 * @param request the authorization's ID and the keys of its roles from now on
	 * @return when the roles were replaced
	 */
	@PostExchange("/UpdateAuthorization")
	Mono<UpdateAuthorizationResponse> updateAuthorization(@RequestBody UpdateAuthorizationRequest request);

	/**
	 * Delete an authorization: the user no longer holds its roles (DeleteAuthorization).
	 * @param request the authorization's ID
	 * @return when it was deleted
	 */
	@PostExchange("/DeleteAuthorization")
	Mono<DeleteAuthorizationResponse> deleteAuthorization(@RequestBody DeleteAuthorizationRequest request);

	/**
	 * Delete an authorization (DeleteAuthorization).
	 * @param id the authorization's ID
	 * @return when it was deleted
	 */
	default Mono<DeleteAuthorizationResponse> deleteAuthorization(String id) {
		return deleteAuthorization(new DeleteAuthorizationRequest(id));
	}

}
