package io.github.zitadelstarter.testcontainers.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application of the README's Testcontainers example: any application with the
 * starter.
 */
@SpringBootApplication(proxyBeanMethods = false)
class ReadmeApplication {

}
