package io.github.zitadelstarter.test.autoconfigure;

import io.github.zitadelstarter.client.ZitadelTokenManager;
import io.github.zitadelstarter.test.ZitadelTestServer;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import org.springframework.util.ClassUtils;

/**
 * Before each test method of a test annotated with {@link AutoConfigureZitadelTestServer},
 * resets the context's {@link ZitadelTestServer} and forgets the starter's cached token,
 * as Spring's MockitoResetTestExecutionListener resets mocks: test methods that share a
 * context then start from the same server and an empty token cache, whatever ran before.
 * <p>
 * Ordered after {@link DependencyInjectionTestExecutionListener}, so that it resets the
 * context the test method runs with, also when {@code @DirtiesContext} replaced it before
 * the method, and before the listeners that prepare a test method (transactions, SQL
 * scripts, and {@code @BeforeTestMethod} event listeners), so that it undoes nothing they
 * set up. The Mockito listener comes last instead: nothing else prepares the mocks it
 * resets.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class ZitadelTestServerResetTestExecutionListener extends AbstractTestExecutionListener {

	private static final int ORDER = DependencyInjectionTestExecutionListener.ORDER + 100;

	private static final boolean starterPresent = ClassUtils.isPresent(
			"io.github.zitadelstarter.client.ZitadelTokenManager",
			ZitadelTestServerResetTestExecutionListener.class.getClassLoader());

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		AutoConfigureZitadelTestServer annotation = TestContextAnnotationUtils
			.findMergedAnnotation(testContext.getTestClass(), AutoConfigureZitadelTestServer.class);
		if (annotation == null || !annotation.resetBeforeEachTest() || !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBean(ZitadelTestServerContextCustomizerFactory.SERVER_BEAN_NAME, ZitadelTestServer.class).reset();
		if (starterPresent && context instanceof ConfigurableApplicationContext configurable) {
			TokenCaches.clear(configurable.getBeanFactory());
		}
	}

	// Apart, so that the starter's types are loaded only where the starter is present.
	private static final class TokenCaches {

		// A token manager not created yet has no token to forget; creating it here would
		// undo the starter's lazy start.
		static void clear(ConfigurableListableBeanFactory beanFactory) {
			for (String name : beanFactory.getBeanNamesForType(ZitadelTokenManager.class, true, false)) {
				if (beanFactory.containsSingleton(name)) {
					beanFactory.getBean(name, ZitadelTokenManager.class).clearCache();
				}
			}
		}

	}

}
