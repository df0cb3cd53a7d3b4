package io.github.zitadelstarter.sample;

import java.util.LinkedHashMap;

import io.github.zitadelstarter.test.ZitadelTestServer;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Lets the sample run out of the box: when no ZITADEL instance is configured, it starts
 * the starter's in-process ZITADEL test server and points the starter at it.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class LocalZitadelEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private final Log logger;

	LocalZitadelEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(LocalZitadelEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("zitadel.domain"))) {
			return;
		}
		ZitadelTestServer server = ZitadelTestServer.start();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("localZitadel", new LinkedHashMap<>(server.properties())));
		application.addListeners(new StopServerOnClose(server));
		this.logger.warn("ZITADEL_DOMAIN is not set: using the in-process ZITADEL test server at " + server.origin()
				+ ". It is a local stand-in, NOT ZITADEL. Set ZITADEL_DOMAIN, ZITADEL_CLIENT_ID and "
				+ "ZITADEL_CLIENT_SECRET to call a real instance.");
	}

	private static final class StopServerOnClose implements ApplicationListener<ContextClosedEvent> {

		private final ZitadelTestServer server;

		StopServerOnClose(ZitadelTestServer server) {
			this.server = server;
		}

		@Override
		public void onApplicationEvent(ContextClosedEvent event) {
			this.server.close();
		}

	}

}
