/**
 * Public API of the ZITADEL starter: the service user's access tokens and the connection
 * to a ZITADEL instance.
 */
@NullMarked
package io.github.zitadelstarter.client;

import org.jspecify.annotations.NullMarked;
