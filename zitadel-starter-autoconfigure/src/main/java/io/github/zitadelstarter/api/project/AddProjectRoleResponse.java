package io.github.zitadelstarter.api.project;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of AddProjectRole.
 *
 * @param creationDate when the role was created
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddProjectRoleResponse(@Nullable Instant creationDate) {

}
