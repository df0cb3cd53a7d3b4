package io.github.zitadelstarter.sample;

import java.time.Duration;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the service user's organization at GET /organization.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@RestController
class OrganizationController {

	private final OrganizationClient organizations;

	OrganizationController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/organization")
	Organization organization() {
		return this.organizations.myOrganization().block(Duration.ofSeconds(30));
	}

}
