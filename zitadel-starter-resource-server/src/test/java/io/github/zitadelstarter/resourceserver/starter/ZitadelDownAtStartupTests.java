package io.github.zitadelstarter.resourceserver.starter;

import java.net.http.HttpResponse;
import java.util.List;

import io.github.zitadelstarter.resourceserver.starter.Zitadel.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application starts while ZITADEL is down: nothing is fetched at startup. A request
 * that needs ZITADEL meanwhile fails as a server error, not as a bad token, so clients do
 * not drop tokens that are fine.
 */
class ZitadelDownAtStartupTests {

	@ParameterizedTest
	@EnumSource
	void servletApplicationStartsAndAnswersServerError(Mode mode) {
		assertStartsWhileDown(ServletResourceServerTests.MvcApplication.class, WebApplicationType.SERVLET, mode);
	}

	@ParameterizedTest
	@EnumSource
	void reactiveApplicationStartsAndAnswersServerError(Mode mode) {
		assertStartsWhileDown(ReactiveResourceServerTests.WebFluxApplication.class, WebApplicationType.REACTIVE, mode);
	}

	private void assertStartsWhileDown(Class<?> application, WebApplicationType type, Mode mode) {
		List<String> properties;
		String token;
		try (Zitadel zitadel = new Zitadel()) {
			properties = mode.properties(zitadel);
			token = zitadel.token(zitadel.alice, mode.format);
		}
		try (ConfigurableApplicationContext running = Zitadel.start(application, type, properties)) {
			assertThat(running.isActive()).isTrue();
			HttpResponse<String> response = Zitadel.get(running, "/tasks", token);
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		}
	}

}
