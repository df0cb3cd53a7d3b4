package io.github.zitadelstarter.sample;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Logs the service user's organization once the application has started. A failure is
 * logged, not thrown, so that the application keeps running while ZITADEL is unreachable.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Component
class StartupOrganizationLogger implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(StartupOrganizationLogger.class);

	private final OrganizationClient organizations;

	StartupOrganizationLogger(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			Organization organization = this.organizations.myOrganization().block(Duration.ofSeconds(30));
			logger.info("Service user's organization: {}", organization);
		}
		catch (RuntimeException ex) {
			logger.error("Could not read the service user's organization from ZITADEL: {}", ex.getMessage());
		}
	}

}
