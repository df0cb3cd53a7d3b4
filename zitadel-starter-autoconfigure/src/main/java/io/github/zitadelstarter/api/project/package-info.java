/**
 * ZITADEL's ProjectService v2: projects and the roles they define.
 */
@NullMarked
package io.github.zitadelstarter.api.project;

import org.jspecify.annotations.NullMarked;
