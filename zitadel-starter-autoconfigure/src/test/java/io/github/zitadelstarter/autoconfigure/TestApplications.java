package io.github.zitadelstarter.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts test applications on loopback ports, with the starter pointed at a server.
 */
final class TestApplications {

	private TestApplications() {
	}

	static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type,
			AuthorizationServer server, String... extraProperties) {
		return start(application, type, List.of(server.properties()), extraProperties);
	}

	static ConfigurableApplicationContext start(Class<?> application, WebApplicationType type,
			List<String> properties, String... extraProperties) {
		List<String> arguments = new ArrayList<>();
		for (String property : properties) {
			arguments.add("--" + property);
		}
		for (String property : extraProperties) {
			arguments.add("--" + property);
		}
		arguments.add("--server.port=0");
		arguments.add("--server.address=127.0.0.1");
		arguments.add("--spring.main.banner-mode=off");
		arguments.add("--spring.jmx.enabled=false");
		arguments.add("--" + StarterContexts.SHORT_NETTY_SHUTDOWN);
		return new SpringApplicationBuilder(application).web(type).run(arguments.toArray(String[]::new));
	}

	static String baseUrl(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
