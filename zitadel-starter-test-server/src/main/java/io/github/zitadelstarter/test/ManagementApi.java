package io.github.zitadelstarter.test;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ZITADEL's v1 Management API over its gRPC gateway, as far as the test server serves it:
 * {@code GET /management/v1/orgs/me}, with the gateway's error bodies and
 * {@code x-zitadel-orgid}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ManagementApi {

	private final Instance instance;

	ManagementApi(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		routes.put("/management/v1/orgs/me", this::myOrganization);
	}

	private void myOrganization(Exchange exchange) throws IOException {
		if (!exchange.requireMethod("GET")) {
			return;
		}
		IssuedToken token = ApiAuthentication.authenticate(exchange, this.instance);
		if (token == null) {
			return;
		}
		Organization organization = token.user().organization();
		String requestedOrganization = exchange.header("x-zitadel-orgid");
		if (requestedOrganization != null) {
			organization = this.instance.organization(requestedOrganization);
			if (organization == null) {
				exchange.sendGatewayError(403, 7, "No matching permissions found", "AUTH-5mWD2");
				return;
			}
		}
		exchange.sendJson(200, Map.of("org", organizationJson(organization, token.issuedAt())));
	}

	private static Map<String, Object> organizationJson(Organization organization, Instant now) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", organization.id());
		json.put("details", ObjectDetails.of(now, organization.id()));
		json.put("state", "ORG_STATE_ACTIVE");
		json.put("name", organization.name());
		json.put("primaryDomain", organization.primaryDomain());
		return json;
	}

}
