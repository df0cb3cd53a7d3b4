package io.github.zitadelstarter.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.zitadelstarter.test.ZitadelTestServer;

/**
 * Starts a {@link ZitadelTestServer} for a Spring test's application context and points
 * the ZITADEL starter at it, as the server's default service user with the chosen
 * credential (its client secret unless {@link #credential()} says otherwise). The server
 * is a bean of the context, so tests can inject it, and it stops when the context closes.
 * <p>
 * Before each test method, the server is reset ({@link ZitadelTestServer#reset()}) and the
 * starter's cached token is forgotten, so that test methods sharing the context do not
 * see each other's faults, recorded requests, token lifetime or token; see
 * {@link #resetBeforeEachTest()}.
 * <pre class="code">
 * &#064;SpringBootTest
 * &#064;AutoConfigureZitadelTestServer
 * class OrganizationServiceTests {
 *
 *     &#064;Autowired
 *     ZitadelTestServer zitadel;
 *
 * }
 * </pre>
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureZitadelTestServer {

	/**
	 * Which credential of the default service user the starter gets: its client secret
	 * (zitadel.client-id and zitadel.client-secret), a key the server creates for it
	 * (zitadel.key-json), or a personal access token (zitadel.personal-access-token).
	 * @return the credential
	 */
	Credential credential() default Credential.CLIENT_SECRET;

	/**
	 * A credential of the test server's default service user.
	 */
	enum Credential {

		/**
		 * The client secret, with the username as client ID.
		 */
		CLIENT_SECRET,

		/**
		 * A key, whose assertions the server verifies (ZITADEL's JWT profile grant).
		 */
		KEY,

		/**
		 * A personal access token.
		 */
		PERSONAL_ACCESS_TOKEN

	}

	/**
	 * Whether to reset the test server and forget the starter's cached token before each
	 * test method. It happens before the test's {@code @BeforeEach} methods and
	 * {@code @BeforeTestMethod} event listeners, which can prepare the server for the test.
	 * Organizations and service users that tests registered stay. Set to {@code false}
	 * for test methods that build on what an earlier one left.
	 * @return whether to reset before each test method
	 */
	boolean resetBeforeEachTest() default true;

}
