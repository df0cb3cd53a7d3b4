package io.github.zitadelstarter.api.organization;

import java.util.stream.Stream;

import io.github.zitadelstarter.api.Pages;
import io.github.zitadelstarter.api.ZitadelApiException;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * ZITADEL's OrganizationService v2 ({@code zitadel.org.v2.OrganizationService}), for
 * blocking callers: {@code zitadel.organizations()}. Each abstract method is one call of
 * the service; the default methods are shortcuts. Every method throws
 * {@link ZitadelApiException} when ZITADEL answers with an error.
 * {@link ReactiveOrganizationService} is the same for reactive callers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@HttpExchange(url = "/zitadel.org.v2.OrganizationService", contentType = "application/json",
		accept = "application/json", headers = "Connect-Protocol-Version=1")
public interface OrganizationService {

	/**
	 * Create an organization (AddOrganization), such as one for a new tenant. Needs the
	 * permission org.create.
	 * @param request the organization
	 * @return the new organization's ID
	 */
	@PostExchange("/AddOrganization")
	AddOrganizationResponse addOrganization(@RequestBody AddOrganizationRequest request);

	/**
	 * Create an organization with a name (AddOrganization).
	 * @param name the name
	 * @return the new organization's ID
	 */
	default AddOrganizationResponse addOrganization(String name) {
		return addOrganization(AddOrganizationRequest.named(name));
	}

	/**
	 * Read one page of the organizations that match a request (ListOrganizations).
	 * @param request the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListOrganizations")
	ListOrganizationsResponse listOrganizations(@RequestBody ListOrganizationsRequest request);

	/**
	 * Read all organizations that match a request, one page after the other as the
	 * stream is consumed (ListOrganizations).
	 * @param request the criteria and the first page
	 * @return the organizations
	 */
	default Stream<Organization> streamOrganizations(ListOrganizationsRequest request) {
		return Pages.stream(request.query(), (query) -> listOrganizations(request.withQuery(query)));
	}

}
