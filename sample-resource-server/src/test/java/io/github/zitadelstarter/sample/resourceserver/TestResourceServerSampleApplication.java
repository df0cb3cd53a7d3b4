package io.github.zitadelstarter.sample.resourceserver;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Runs the sample at development time against the in-process ZITADEL test server
 * ({@link LocalZitadel}): {@code ./mvnw -pl sample-resource-server -am spring-boot:test-run}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public class TestResourceServerSampleApplication {

	public static void main(String[] args) {
		run(args);
	}

	static SpringApplication.Running run(String... args) {
		LocalZitadel zitadel = LocalZitadel.start();
		List<String> arguments = new ArrayList<>(zitadel.arguments());
		arguments.addAll(List.of(args));
		try {
			SpringApplication.Running running = SpringApplication.from(ResourceServerSampleApplication::main)
				.run(arguments.toArray(String[]::new));
			running.getApplicationContext()
				.addApplicationListener((ContextClosedEvent event) -> zitadel.close());
			return running;
		}
		catch (RuntimeException ex) {
			// The test server's HTTP dispatcher thread is no daemon: left running, it would
			// keep spring-boot:test-run alive after the failed start.
			zitadel.close();
			throw ex;
		}
	}

}
