package io.github.zitadelstarter.autoconfigure;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when any zitadel.resource-server property is set: with the resource-server
 * starter on the class path, that is the application's choice to accept ZITADEL tokens.
 * An application that only calls ZITADEL as a service user, or whose tokens come from
 * another issuer, sets none and keeps its own security. It reports property names only.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class OnZitadelResourceServerCondition extends SpringBootCondition {

	private static final Bindable<Map<String, Object>> PROPERTIES = Bindable.mapOf(String.class, Object.class);

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("ZITADEL resource server");
		Map<String, Object> properties = properties(Binder.get(context.getEnvironment()));
		if (properties.isEmpty()) {
			return ConditionOutcome.noMatch(message.didNotFind("property").items("zitadel.resource-server.*"));
		}
		return ConditionOutcome.match(message.found("properties")
			.items(properties.keySet().stream().map((name) -> "zitadel.resource-server." + name).toList()));
	}

	/**
	 * Return whether any zitadel.resource-server property is set.
	 */
	static boolean isConfigured(Binder binder) {
		return !properties(binder).isEmpty();
	}

	private static Map<String, Object> properties(Binder binder) {
		return binder.bind("zitadel.resource-server", PROPERTIES).orElse(Map.of());
	}

}
