/**
 * Auto-configuration for calling ZITADEL's APIs as a service user, and for accepting
 * ZITADEL users' access tokens in a resource server.
 */
@NullMarked
package io.github.zitadelstarter.autoconfigure;

import org.jspecify.annotations.NullMarked;
