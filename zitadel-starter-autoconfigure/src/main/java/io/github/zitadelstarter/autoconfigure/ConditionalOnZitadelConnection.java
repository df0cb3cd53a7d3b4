package io.github.zitadelstarter.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the application says which ZITADEL instance to call as a service user:
 * zitadel.domain or a service-user credential is set, or a ZitadelConnectionDetails bean is
 * defined. See {@link OnZitadelConnectionCondition} for the details.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnZitadelConnectionCondition.class)
@interface ConditionalOnZitadelConnection {

}
