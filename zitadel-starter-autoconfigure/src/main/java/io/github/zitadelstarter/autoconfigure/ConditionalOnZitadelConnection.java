package io.github.zitadelstarter.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the application says which ZITADEL instance to use: zitadel.domain is set,
 * or a ZitadelConnectionDetails bean is defined.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnZitadelConnectionCondition.class)
@interface ConditionalOnZitadelConnection {

}
