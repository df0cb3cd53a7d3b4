package io.github.zitadelstarter.api.project;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Answer of CreateProject.
 *
 * @param projectId the new project's ID
 * @param creationDate when it was created
 * @author ZITADEL Spring Boot Starter contributors
 */
public record CreateProjectResponse(String projectId, @Nullable Instant creationDate) {

}
