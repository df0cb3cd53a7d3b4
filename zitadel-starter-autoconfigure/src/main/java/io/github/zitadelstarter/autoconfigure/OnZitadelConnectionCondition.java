package io.github.zitadelstarter.autoconfigure;

import java.util.List;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Condition behind {@link ConditionalOnZitadelConnection}. It reports only which
 * properties are set, never a value.
 * <p>
 * It matches when zitadel.domain is set, so that a missing credential fails the startup
 * with an explanation, unless the application only configures a resource server
 * (zitadel.resource-server.* without any service-user credential). A credential without
 * any zitadel.domain property also matches, so that the missing domain fails the startup
 * instead of leaving the application without its ZITADEL clients. A domain that is set
 * but blank switches the starter off.
 * <p>
 * A ZitadelConnectionDetails bean also matches. The condition is evaluated when beans are
 * registered, not while configuration classes are parsed, so that it sees the beans of the
 * application's {@code @Bean} methods and those that {@code @ServiceConnection} registers:
 * neither is defined yet while the classes are parsed.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class OnZitadelConnectionCondition extends SpringBootCondition implements ConfigurationCondition {

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	private static final List<String> CREDENTIALS = List.of(PropertiesZitadelConnectionDetails.CLIENT_ID,
			PropertiesZitadelConnectionDetails.CLIENT_SECRET, PropertiesZitadelConnectionDetails.KEY_FILE,
			PropertiesZitadelConnectionDetails.KEY_JSON, PropertiesZitadelConnectionDetails.PERSONAL_ACCESS_TOKEN);

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnZitadelConnection.class);
		Environment environment = context.getEnvironment();
		Binder binder = Binder.get(environment);
		String credential = CREDENTIALS.stream().filter((property) -> hasText(binder, property)).findFirst().orElse(null);
		boolean domain = hasText(binder, "zitadel.domain");
		if (domain) {
			if (credential != null) {
				return ConditionOutcome.match(message.found("property").items("zitadel.domain", credential));
			}
			if (!OnZitadelResourceServerCondition.isConfigured(binder)) {
				return ConditionOutcome.match(message.found("property").items("zitadel.domain"));
			}
		}
		else if (credential != null && !environment.containsProperty("zitadel.domain")) {
			return ConditionOutcome.match(message.found("property").items(credential + " without zitadel.domain"));
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null
				&& beanFactory.getBeanNamesForType(ZitadelConnectionDetails.class, true, false).length > 0) {
			return ConditionOutcome.match(message.found("bean").items(ZitadelConnectionDetails.class.getSimpleName()));
		}
		String reason = domain ? "zitadel.domain is set for zitadel.resource-server only, without a service-user credential"
				: "zitadel.domain is not set";
		return ConditionOutcome.noMatch(message.because(reason
				+ " and no ZitadelConnectionDetails bean is defined; set zitadel.domain and one credential of the"
				+ " service user to call ZITADEL's APIs"));
	}

	// Through the binder, which leaves a placeholder nothing resolves as it is, so that the
	// starter's own validation can name it, where the environment would fail here.
	private static boolean hasText(Binder binder, String property) {
		return binder.bind(property, String.class).map(StringUtils::hasText).orElse(false);
	}

}
