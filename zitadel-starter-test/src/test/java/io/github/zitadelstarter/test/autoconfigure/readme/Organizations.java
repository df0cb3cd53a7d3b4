package io.github.zitadelstarter.test.autoconfigure.readme;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
class Organizations {

	record Organization(String id, String name, String primaryDomain) {}

	record MyOrganization(Organization org) {}

	private final WebClient zitadel;

	Organizations(@Qualifier("zitadelWebClient") WebClient zitadel) {
		this.zitadel = zitadel;
	}

	Mono<String> myOrganizationName() {
		return zitadel.get().uri("/management/v1/orgs/me")
				.retrieve()
				.bodyToMono(MyOrganization.class)
				.map((response) -> response.org().name());
	}

}
