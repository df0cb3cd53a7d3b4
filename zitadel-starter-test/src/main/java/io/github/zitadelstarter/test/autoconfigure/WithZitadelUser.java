package io.github.zitadelstarter.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a ZITADEL user holding roles per organization, without a server: the
 * security context holds the authentication that the resource-server starter would make
 * of a token with ZITADEL's nested role claim
 * ({@code {"admin":{"<orgId>":"<orgDomain>"}}}). The application's
 * zitadel.resource-server.token-type, project-id and authority-prefix are honoured, and
 * for JWTs the application's {@code JwtAuthenticationConverter} bean maps the claims.
 * <pre class="code">
 * &#064;Test
 * &#064;WithZitadelUser(roles = { "reader", "admin@259242039378444290" })
 * void adminsSeeTheSettings() throws Exception {
 *     mvc.perform(get("/organizations/259242039378444290/settings")).andExpect(status().isOk());
 * }
 * </pre>
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithZitadelUserSecurityContextFactory.class)
public @interface WithZitadelUser {

	/**
	 * ID of the organization every test user belongs to unless {@link #organization()}
	 * names another.
	 */
	String DEFAULT_ORGANIZATION = "100000000000000001";

	/**
	 * The user's ID, the token's subject.
	 * @return the user ID
	 */
	String value() default "100000000000000002";

	/**
	 * The roles the user holds: {@code "role"} in the user's own organization, or
	 * {@code "role@orgId"} in the organization with that ID.
	 * @return the roles
	 */
	String[] roles() default {};

	/**
	 * The ID of the user's own organization (urn:zitadel:iam:user:resourceowner:id).
	 * @return the organization ID
	 */
	String organization() default DEFAULT_ORGANIZATION;

	/**
	 * When the security context is set up, as with Spring Security's
	 * {@code @WithMockUser}.
	 * @return the event
	 */
	@AliasFor(annotation = WithSecurityContext.class)
	TestExecutionEvent setupBefore() default TestExecutionEvent.TEST_METHOD;

}
