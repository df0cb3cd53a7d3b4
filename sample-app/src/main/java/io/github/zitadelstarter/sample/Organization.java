package io.github.zitadelstarter.sample;

/**
 * An organization as ZITADEL's Management API describes it, reduced to what the sample
 * shows.
 *
 * @param id the organization's ID
 * @param name the organization's name
 * @param primaryDomain the organization's primary domain
 */
public record Organization(String id, String name, String primaryDomain) {

	/**
	 * Body of GET /management/v1/orgs/me.
	 *
	 * @param org the caller's organization
	 */
	record MyOrganizationResponse(Organization org) {

	}

}
