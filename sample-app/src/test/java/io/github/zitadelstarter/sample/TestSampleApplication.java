package io.github.zitadelstarter.sample;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample at development time against a local ZITADEL
 * ({@link LocalZitadelConfiguration}): {@code ./mvnw -pl sample-app -am spring-boot:test-run}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public class TestSampleApplication {

	public static void main(String[] args) {
		run(args);
	}

	static SpringApplication.Running run(String... args) {
		return SpringApplication.from(SampleApplication::main).with(LocalZitadelConfiguration.class).run(args);
	}

}
