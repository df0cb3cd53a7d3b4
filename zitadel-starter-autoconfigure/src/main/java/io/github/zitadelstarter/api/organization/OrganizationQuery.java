package io.github.zitadelstarter.api.organization;

import java.util.Map;

import io.github.zitadelstarter.api.Criterion;
import io.github.zitadelstarter.api.TextQueryMethod;

/**
 * A criterion of ListOrganizations, such as {@code OrganizationQuery.byName("Acme")}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class OrganizationQuery extends Criterion {

	private OrganizationQuery(String name, Map<String, ?> fields) {
		super(name, fields);
	}

	/**
	 * Match organizations by name, exactly.
	 * @param name the name
	 * @return the criterion
	 */
	public static OrganizationQuery byName(String name) {
		return byName(name, TextQueryMethod.EQUALS);
	}

	/**
	 * Match organizations by name.
	 * @param name the name, or part of it
	 * @param method how to match it
	 * @return the criterion
	 */
	public static OrganizationQuery byName(String name, TextQueryMethod method) {
		return new OrganizationQuery("nameQuery", Map.of("name", name, "method", method));
	}

	/**
	 * Match organizations by one of their domains, exactly.
	 * @param domain the domain
	 * @return the criterion
	 */
	public static OrganizationQuery byDomain(String domain) {
		return new OrganizationQuery("domainQuery", Map.of("domain", domain, "method", TextQueryMethod.EQUALS));
	}

	/**
	 * Match the organization with an ID.
	 * @param id the ID
	 * @return the criterion
	 */
	public static OrganizationQuery byId(String id) {
		return new OrganizationQuery("idQuery", Map.of("id", id));
	}

	/**
	 * Match organizations in a state.
	 * @param state the state
	 * @return the criterion
	 */
	public static OrganizationQuery inState(OrganizationState state) {
		return new OrganizationQuery("stateQuery", Map.of("state", state));
	}

}
