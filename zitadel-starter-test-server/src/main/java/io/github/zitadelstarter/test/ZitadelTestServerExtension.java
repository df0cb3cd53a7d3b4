package io.github.zitadelstarter.test;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * JUnit 5 extension that runs a {@link ZitadelTestServer} for a test class, or one server
 * shared by every test class that asks for the shared one. Test methods, constructors and
 * lifecycle methods can take the server as a parameter.
 * <pre class="code">
 * &#064;RegisterExtension
 * static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();
 * </pre>
 * or {@code @ExtendWith(ZitadelTestServerExtension.class)} with a
 * {@code ZitadelTestServer} parameter.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelTestServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ZitadelTestServerExtension.class);

	private final boolean shared;

	private volatile @Nullable ZitadelTestServer server;

	/**
	 * Create an extension that starts a server before the test class's first test and
	 * stops it after its last.
	 */
	public ZitadelTestServerExtension() {
		this(false);
	}

	private ZitadelTestServerExtension(boolean shared) {
		this.shared = shared;
	}

	/**
	 * Create an extension whose server is started once and shared by every test class
	 * that uses a shared extension, until the test run ends.
	 * @return the extension
	 */
	public static ZitadelTestServerExtension shared() {
		return new ZitadelTestServerExtension(true);
	}

	/**
	 * Return the running server.
	 * @return the server
	 * @throws IllegalStateException if no test class has started it yet, for example
	 * because the extension is not registered in a static field
	 */
	public ZitadelTestServer server() {
		ZitadelTestServer running = this.server;
		if (running == null) {
			throw new IllegalStateException(
					"The ZITADEL test server is not running: register ZitadelTestServerExtension in a static field");
		}
		return running;
	}

	/**
	 * Point a Spring test context at the server, from a {@code @DynamicPropertySource}
	 * method: sets zitadel.domain, zitadel.client-id and zitadel.client-secret for the
	 * server's default service user.
	 * @param registry the registry to add the properties to
	 */
	public void registerProperties(DynamicPropertyRegistry registry) {
		for (String name : ZitadelTestServer.PROPERTY_NAMES) {
			registry.add(name, () -> server().properties().get(name));
		}
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.server = this.shared ? sharedServer(context) : ZitadelTestServer.start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		ZitadelTestServer running = this.server;
		if (!this.shared && running != null) {
			running.close();
			this.server = null;
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == ZitadelTestServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return server();
	}

	// The root store closes the server, an AutoCloseable, when the test run ends.
	private static ZitadelTestServer sharedServer(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(ZitadelTestServer.class, (key) -> ZitadelTestServer.start(), ZitadelTestServer.class);
	}

}
