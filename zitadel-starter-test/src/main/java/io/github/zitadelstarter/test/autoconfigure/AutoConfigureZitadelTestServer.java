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
 * the ZITADEL starter at it, as the server's default service user. The server is a bean
 * of the context, so tests can inject it, and it stops when the context closes.
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

}
