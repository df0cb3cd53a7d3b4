package io.github.zitadelstarter.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;

/**
 * Matches servlet and non-web applications.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class NotReactiveWebApplicationCondition extends NoneNestedConditions {

	NotReactiveWebApplicationCondition() {
		super(ConfigurationPhase.PARSE_CONFIGURATION);
	}

	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveWebApplication {

	}

}
