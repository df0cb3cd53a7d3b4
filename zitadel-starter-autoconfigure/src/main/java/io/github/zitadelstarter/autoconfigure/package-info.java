/**
 * Auto-configuration for calling ZITADEL's APIs as a service user.
 */
@NullMarked
package io.github.zitadelstarter.autoconfigure;

import org.jspecify.annotations.NullMarked;
