package io.github.zitadelstarter.api.project;

import org.jspecify.annotations.Nullable;

/**
 * Request of AddProjectRole.
 *
 * @param projectId the project's ID
 * @param roleKey the role's key, which tokens and authorizations carry
 * @param displayName the role's name shown in ZITADEL
 * @param group the group the role belongs to, if any
 * @author ZITADEL Spring Boot Starter contributors
 */
public record AddProjectRoleRequest(String projectId, String roleKey, String displayName, @Nullable String group) {

}
