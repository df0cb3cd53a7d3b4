package io.github.zitadelstarter.test;

import java.io.IOException;

/**
 * Serves one path of the test server.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@FunctionalInterface
interface Route {

	void handle(Exchange exchange) throws IOException;

}
