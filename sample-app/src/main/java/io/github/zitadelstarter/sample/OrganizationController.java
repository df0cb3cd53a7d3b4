package io.github.zitadelstarter.sample;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClientException;

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

	@ExceptionHandler({ WebClientException.class, OAuth2AuthorizationException.class })
	ProblemDetail zitadelUnavailable(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"Could not read the organization from ZITADEL: " + ex.getMessage());
	}

}
