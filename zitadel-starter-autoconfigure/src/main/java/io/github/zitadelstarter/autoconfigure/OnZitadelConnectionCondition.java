package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Condition behind {@link ConditionalOnZitadelConnection}. It reports only whether
 * zitadel.domain is set, never a value.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class OnZitadelConnectionCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnZitadelConnection.class);
		if (StringUtils.hasText(context.getEnvironment().getProperty("zitadel.domain"))) {
			return ConditionOutcome.match(message.found("property").items("zitadel.domain"));
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
