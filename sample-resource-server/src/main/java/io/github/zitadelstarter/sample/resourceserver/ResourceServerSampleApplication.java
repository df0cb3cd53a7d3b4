package io.github.zitadelstarter.sample.resourceserver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * An API that accepts ZITADEL users' access tokens and checks their roles, per
 * organization, with {@code @PreAuthorize}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@SpringBootApplication
@EnableMethodSecurity
public class ResourceServerSampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ResourceServerSampleApplication.class, args);
	}

}
