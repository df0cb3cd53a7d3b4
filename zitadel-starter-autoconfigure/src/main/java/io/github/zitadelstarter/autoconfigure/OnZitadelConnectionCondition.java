package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Condition behind {@link ConditionalOnZitadelConnection}. It reports only which
 * properties are set, never a value.
 * <p>
 * A client ID or secret without any zitadel.domain property also matches, so that the
 * missing domain fails the startup with an explanation instead of leaving the application
 * without its ZITADEL clients. A domain that is set but blank switches the starter off.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class OnZitadelConnectionCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnZitadelConnection.class);
		Environment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("zitadel.domain"))) {
			return ConditionOutcome.match(message.found("property").items("zitadel.domain"));
		}
		if (!environment.containsProperty("zitadel.domain")) {
			for (String credential : new String[] { "zitadel.client-id", "zitadel.client-secret" }) {
				if (StringUtils.hasText(environment.getProperty(credential))) {
					return ConditionOutcome
						.match(message.found("property").items(credential + " without zitadel.domain"));
				}
			}
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null
				&& beanFactory.getBeanNamesForType(ZitadelConnectionDetails.class, true, false).length > 0) {
			return ConditionOutcome.match(message.found("bean").items(ZitadelConnectionDetails.class.getSimpleName()));
		}
		return ConditionOutcome.noMatch(message.because(
				"zitadel.domain is not set and no ZitadelConnectionDetails bean is defined; set zitadel.domain to use the ZITADEL starter"));
	}

}
