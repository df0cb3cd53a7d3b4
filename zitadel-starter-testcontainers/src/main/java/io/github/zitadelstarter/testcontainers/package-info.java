/**
 * A real ZITADEL in a container for tests, with the service user it provisions, and its
 * service connection for the ZITADEL starter.
 */
@NullMarked
package io.github.zitadelstarter.testcontainers;

import org.jspecify.annotations.NullMarked;
