package io.github.zitadelstarter.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Explains a zitadel.client-authentication-method that names no method the starter knows.
 * Ordered before Spring Boot's own analyzer of binding failures, which would only list
 * the enum's constants.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientAuthenticationMethodFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

	private static final ConfigurationPropertyName PROPERTY = ConfigurationPropertyName
		.of("zitadel.client-authentication-method");

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		if (!PROPERTY.equals(cause.getName())) {
			return null;
		}
		ConfigurationProperty property = cause.getProperty();
		String value = (property != null) ? String.valueOf(property.getValue()) : "";
		String origin = (property != null && property.getOrigin() != null) ? " (from " + property.getOrigin() + ")"
				: "";
		String description = "The ZITADEL starter cannot use property '" + PROPERTY + "': '" + value + "'" + origin
				+ " is not a client authentication method it supports.";
		String action = "Set zitadel.client-authentication-method to client_secret_basic (the default: client ID and"
				+ " secret in an HTTP Basic header) or client_secret_post (client ID and secret in the form body)."
				+ " A service user that authenticates with a key (ZITADEL's JWT profile) needs no method: remove"
				+ " zitadel.client-authentication-method and zitadel.client-secret and set zitadel.key-file.";
		return new FailureAnalysis(description, action, cause);
	}

}
