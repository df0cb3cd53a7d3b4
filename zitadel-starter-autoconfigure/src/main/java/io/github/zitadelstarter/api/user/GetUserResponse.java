package io.github.zitadelstarter.api.user;

import io.github.zitadelstarter.api.Details;
import org.jspecify.annotations.Nullable;

/**
 * Answer of GetUserByID.
 *
 * @param details what ZITADEL says about the read
 * @param user the user
 * @author ZITADEL Spring Boot Starter contributors
 */
public record GetUserResponse(@Nullable Details details, User user) {

}
