package io.github.zitadelstarter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidZitadelPropertyException} at startup: which property to fix
 * and how.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
class InvalidZitadelPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidZitadelPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidZitadelPropertyException cause) {
		String description = "The ZITADEL starter cannot use property '" + cause.getProperty() + "': "
				+ cause.getProblem();
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
