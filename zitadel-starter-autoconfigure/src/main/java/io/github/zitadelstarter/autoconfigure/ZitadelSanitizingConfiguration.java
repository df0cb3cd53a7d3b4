package io.github.zitadelstarter.autoconfigure;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the starters' credentials masked where an application lets Actuator's configprops
 * and env endpoints show values (Actuator masks every value by default): the service
 * user's client secret, key and personal access token, and the API application's secret
 * and key. A key file's location is not secret; its content is never a property.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class ZitadelSanitizingConfiguration {

	private static final Set<String> CREDENTIALS = Set.of("clientsecret", "keyjson", "personalaccesstoken",
			"resourceserverclientsecret", "resourceserverkey");

	@Bean
	SanitizingFunction zitadelCredentialsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifMatches(ZitadelSanitizingConfiguration::isCredential);
	}

	/**
	 * Return whether the data is a credential, by its key in any of its forms: a property
	 * (zitadel.client-secret), a configuration property bean's field (clientSecret) or an
	 * environment variable (ZITADEL_CLIENT_SECRET).
	 */
	static boolean isCredential(SanitizableData data) {
		return CREDENTIALS
			.contains(data.getLowerCaseKey().replaceAll("[^a-z0-9]", "").replaceFirst("^zitadel", ""));
	}

}
