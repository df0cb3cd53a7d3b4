package io.github.zitadelstarter.sample;

import java.net.URI;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.testcontainers.ZitadelContainer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A local ZITADEL for the sample, at development time ({@link TestSampleApplication}) and
 * in its tests: by default the in-process ZITADEL test server, with the profile
 * {@value #CONTAINER_PROFILE} ZITADEL itself in Docker. Either takes the place of the
 * zitadel.* properties through the starter's {@link ZitadelConnectionDetails}, with a key
 * of its service user.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@TestConfiguration(proxyBeanMethods = false)
class LocalZitadelConfiguration {

	static final String CONTAINER_PROFILE = "zitadel-container";

	@Configuration(proxyBeanMethods = false)
	@Profile("!" + CONTAINER_PROFILE)
	static class TestServerConfiguration {

		private static final Log logger = LogFactory.getLog(TestServerConfiguration.class);

		@Bean(destroyMethod = "close")
		ZitadelTestServer zitadelTestServer() {
			ZitadelTestServer server = ZitadelTestServer.start();
			logger.warn("Calling the in-process ZITADEL test server at " + server.origin()
					+ ". It is a local stand-in, NOT ZITADEL. Run SampleApplication with ZITADEL_DOMAIN and a"
					+ " credential to call a real instance, or this one with the profile " + CONTAINER_PROFILE
					+ " to call ZITADEL in Docker.");
			return server;
		}

		@Bean
		ZitadelConnectionDetails zitadelConnectionDetails(ZitadelTestServer server) {
			String keyJson = server.credentials().addKey(server.serviceUser()).json();
			return new TestServerConnectionDetails(server.origin(), ZitadelCredential.key(keyJson));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Profile(CONTAINER_PROFILE)
	static class ContainerConfiguration {

		@Bean
		@ServiceConnection
		ZitadelContainer zitadelContainer() {
			return new ZitadelContainer();
		}

	}

	private record TestServerConnectionDetails(URI origin, ZitadelCredential credential)
			implements ZitadelConnectionDetails {

		@Override
		public URI getOrigin() {
			return this.origin;
		}

		@Override
		public ZitadelCredential getCredential() {
			return this.credential;
		}

	}

}
