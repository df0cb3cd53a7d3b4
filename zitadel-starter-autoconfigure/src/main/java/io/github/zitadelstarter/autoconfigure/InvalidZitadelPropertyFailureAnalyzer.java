package io.github.zitadelstarter.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

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
		List<String> properties = cause.getProperties();
		String description = "The ZITADEL starter cannot use " + ((properties.size() > 1) ? "properties " : "property ")
				+ properties.stream().map((property) -> "'" + property + "'").collect(Collectors.joining(", ")) + ": "
				+ cause.getProblem();
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
