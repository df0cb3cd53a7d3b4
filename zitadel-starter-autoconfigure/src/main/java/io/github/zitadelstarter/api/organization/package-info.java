/**
 * ZITADEL's OrganizationService v2: organizations, such as one for each tenant.
 */
@NullMarked
package io.github.zitadelstarter.api.organization;

import org.jspecify.annotations.NullMarked;
