package io.github.zitadelstarter.test.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;

import io.github.zitadelstarter.test.ZitadelTestServer;
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
		return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureZitadelTestServer.class)
				? new ZitadelTestServerContextCustomizer() : null;
	}

	static final class ZitadelTestServerContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context,
				MergedContextConfiguration mergedConfig) {
			ZitadelTestServer server = ZitadelTestServer.start();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("zitadelTestServer", new LinkedHashMap<>(server.properties())));
			DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
			beanFactory.registerSingleton(SERVER_BEAN_NAME, server);
			beanFactory.registerDisposableBean(SERVER_BEAN_NAME, server::close);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
