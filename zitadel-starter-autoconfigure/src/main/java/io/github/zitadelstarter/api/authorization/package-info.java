/**
 * ZITADEL's AuthorizationService v2: roles of a project granted to users (formerly user grants).
 */
@NullMarked
package io.github.zitadelstarter.api.authorization;

import org.jspecify.annotations.NullMarked;
