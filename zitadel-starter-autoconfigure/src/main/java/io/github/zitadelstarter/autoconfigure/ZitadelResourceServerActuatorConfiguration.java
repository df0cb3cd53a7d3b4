package io.github.zitadelstarter.autoconfigure;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the API application's secret and key masked where an application lets Actuator's
 * configprops and env endpoints show values (Actuator masks every value by default).
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class ZitadelResourceServerActuatorConfiguration {

	private static final Set<String> CREDENTIALS = Set.of("zitadelresourceserverclientsecret",
			"zitadelresourceserverkey");

	@Bean
	SanitizingFunction zitadelResourceServerCredentialsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifMatches(ZitadelResourceServerActuatorConfiguration::isCredential);
	}

	static boolean isCredential(SanitizableData data) {
		return CREDENTIALS.contains(data.getLowerCaseKey().replaceAll("[^a-z0-9]", ""));
	}

}
