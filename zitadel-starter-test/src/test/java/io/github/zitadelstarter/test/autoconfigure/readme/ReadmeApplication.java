package io.github.zitadelstarter.test.autoconfigure.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application that the README's test snippets test: the quick start's
 * {@link Organizations} service and the starter.
 */
@SpringBootApplication
class ReadmeApplication {

}
