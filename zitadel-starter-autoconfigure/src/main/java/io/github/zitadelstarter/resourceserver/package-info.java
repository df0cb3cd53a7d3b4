/**
 * ZITADEL's roles as Spring Security authorities in a resource server: the authorities
 * the zitadel-starter-resource-server maps from a token's role claims, and a view of an
 * authenticated ZITADEL user that answers which roles it holds in which organization.
 */
@NullMarked
package io.github.zitadelstarter.resourceserver;

import org.jspecify.annotations.NullMarked;
