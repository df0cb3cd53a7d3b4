package io.github.zitadelstarter.sample;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reads the service user's own organization from ZITADEL's Management API.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Component
public class OrganizationClient {

	private final WebClient zitadel;

	public OrganizationClient(@Qualifier("zitadelWebClient") WebClient zitadel) {
		this.zitadel = zitadel;
	}

	public Mono<Organization> myOrganization() {
		return this.zitadel.get()
			.uri("/management/v1/orgs/me")
			.retrieve()
			.bodyToMono(Organization.MyOrganizationResponse.class)
			.map(Organization.MyOrganizationResponse::org);
	}

}
