/**
 * Typed calls of ZITADEL's v2 APIs over Connect: the entry points {@link Zitadel}
 * (blocking) and {@link ReactiveZitadel}, the error they raise
 * ({@link ZitadelApiException}), and the types every service shares, such as list
 * queries and {@link Pages}. Each service has a package of its own with its requests and
 * responses.
 */
@NullMarked
package io.github.zitadelstarter.api;

import org.jspecify.annotations.NullMarked;
