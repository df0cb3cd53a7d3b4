/**
 * Spring test integration of the ZITADEL test server: a running server for a test's
 * application context, with the starter pointed at it.
 */
@NullMarked
package io.github.zitadelstarter.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
