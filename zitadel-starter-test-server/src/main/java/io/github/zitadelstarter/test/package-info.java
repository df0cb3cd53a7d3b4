/**
 * A ZITADEL-compatible server on loopback for testing applications that use the ZITADEL
 * starter, with JUnit 5 and Spring test integrations.
 */
@NullMarked
package io.github.zitadelstarter.test;

import org.jspecify.annotations.NullMarked;
