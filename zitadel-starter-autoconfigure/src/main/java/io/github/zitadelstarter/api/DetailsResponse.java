package io.github.zitadelstarter.api;

import org.jspecify.annotations.Nullable;

/**
 * The answer of a call that changes a resource and returns only its details, such as
 * DeactivateUser.
 *
 * @param details what ZITADEL says about the change
 * @author ZITADEL Spring Boot Starter contributors
 */
public record DetailsResponse(@Nullable Details details) {

}
