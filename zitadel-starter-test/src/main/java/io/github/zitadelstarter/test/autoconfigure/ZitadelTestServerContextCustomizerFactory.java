package io.github.zitadelstarter.test.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.autoconfigure.AutoConfigureZitadelTestServer.Credential;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives the application context of a test annotated with
 * {@link AutoConfigureZitadelTestServer} a running {@link ZitadelTestServer}.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class ZitadelTestServerContextCustomizerFactory implements ContextCustomizerFactory {

	static final String SERVER_BEAN_NAME = "zitadelTestServer";

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureZitadelTestServer annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureZitadelTestServer.class);
		return (annotation != null) ? new ZitadelTestServerContextCustomizer(annotation.credential()) : null;
	}

	static final class ZitadelTestServerContextCustomizer implements ContextCustomizer {

		private final Credential credential;

		ZitadelTestServerContextCustomizer(Credential credential) {
			this.credential = credential;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context,
				MergedContextConfiguration mergedConfig) {
			ZitadelTestServer server = ZitadelTestServer.start();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("zitadelTestServer", properties(server)));
			DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
			beanFactory.registerSingleton(SERVER_BEAN_NAME, server);
			beanFactory.registerDisposableBean(SERVER_BEAN_NAME, server::close);
		}

		private Map<String, Object> properties(ZitadelTestServer server) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("zitadel.domain", server.origin().toString());
			switch (this.credential) {
				case CLIENT_SECRET -> properties.putAll(server.properties());
				case KEY -> properties.put("zitadel.key-json",
						server.credentials().addKey(server.serviceUser()).json());
				case PERSONAL_ACCESS_TOKEN -> properties.put("zitadel.personal-access-token",
						server.credentials().addPersonalAccessToken(server.serviceUser()));
			}
			return properties;
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof ZitadelTestServerContextCustomizer customizer
					&& customizer.credential == this.credential;
		}

		@Override
		public int hashCode() {
			return this.credential.hashCode();
		}

	}

}
