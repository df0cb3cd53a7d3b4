package io.github.zitadelstarter.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Reads the service user's organization from ZITADEL through the starter's
 * {@code zitadelWebClient}, on startup and at GET /organization, and signs customers up
 * in ZITADEL through the starter's typed API at POST /customers, listing them at
 * GET /customers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
