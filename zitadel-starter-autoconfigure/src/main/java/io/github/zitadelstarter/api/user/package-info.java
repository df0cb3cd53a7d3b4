/**
 * ZITADEL's UserService v2: human and machine users, their metadata and their credentials.
 */
@NullMarked
package io.github.zitadelstarter.api.user;

import org.jspecify.annotations.NullMarked;
