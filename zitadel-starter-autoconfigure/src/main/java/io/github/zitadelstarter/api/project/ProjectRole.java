package io.github.zitadelstarter.api.project;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A role of a project, as ListProjectRoles returns it.
 *
 * @param projectId the project's ID
 * @param key the role's key
 * @param displayName the role's name shown in ZITADEL
 * @param group the group the role belongs to, if any
 * @param creationDate when the role was created
 * @param changeDate when the role last changed
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ProjectRole(@Nullable String projectId, String key, @Nullable String displayName, @Nullable String group,
		@Nullable Instant creationDate, @Nullable Instant changeDate) {

}
