package io.github.zitadelstarter.api.organization;

import io.github.zitadelstarter.api.Pages;
import io.github.zitadelstarter.api.ZitadelApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * ZITADEL's OrganizationService v2 ({@code zitadel.org.v2.OrganizationService}), for
 * reactive callers: {@code reactiveZitadel.organizations()}. Each abstract method is one
 * call of the service; the default methods are shortcuts. Every publisher fails with
 * {@link ZitadelApiException} when ZITADEL answers with an error. {@link
 * OrganizationService} is the same for blocking callers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@HttpExchange(url = "/zitadel.org.v2.OrganizationService", contentType = "application/json",
		accept = "application/json", headers = "Connect-Protocol-Version=1")
public interface ReactiveOrganizationService {

	/**
	 * Create an organization (AddOrganization), such as one for a new tenant. Needs the
	 * permission org.create.
	 * @param request the organization
	 * @return the new organization's ID
	 */
	@PostExchange("/AddOrganization")
	Mono<AddOrganizationResponse> addOrganization(@RequestBody AddOrganizationRequest request);

	/**
	 * Create an organization with a name (AddOrganization).
	 * @param name the name
	 * @return the new organization's ID
	 */
	default Mono<AddOrganizationResponse> addOrganization(String name) {
		return addOrganization(AddOrganizationRequest.named(name));
	}

	/**
	 * Read one page of the organizations that match a request (ListOrganizations).
	 * @param request the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListOrganizations")
	Mono<ListOrganizationsResponse> listOrganizations(@RequestBody ListOrganizationsRequest request);

	/**
	 * Read all organizations that match a request, one page after the other as the
	 * results are consumed (ListOrganizations).
	 * @param request the criteria and the first page
	 * @return the organizations
	 */
	default Flux<Organization> streamOrganizations(ListOrganizationsRequest request) {
		return Pages.flux(request.query(), (query) -> listOrganizations(request.withQuery(query)));
	}

}
