package io.github.zitadelstarter.autoconfigure;

import io.github.zitadelstarter.client.ZitadelRestClientCustomizer;
import io.github.zitadelstarter.client.ZitadelWebClientCustomizer;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ZitadelWebClientCustomizer} and {@link ZitadelRestClientCustomizer} beans shape
 * the starter's clients, which still send the service user's token.
 */
class ZitadelClientCustomizerTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	@Test
	void customizersAddToEachClientWithoutTakingItsToken() {
		StarterContexts.withStarter(new ApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.withBean(ZitadelWebClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("x-customized-by", "web-client-customizer"))
			.withBean(ZitadelRestClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("x-customized-by", "rest-client-customizer"))
			.run((context) -> {
				zitadel.server().clearRecordedRequests();
				StarterContexts.organizationViaWebClient(context).block();
				StarterContexts.organizationViaRestClient(context);
			});
		assertThat(zitadel.server().requests()).filteredOn((request) -> !request.path().equals("/oauth/v2/token"))
			.extracting((request) -> request.header("x-customized-by"))
			.containsExactly("web-client-customizer", "rest-client-customizer");
		assertThat(zitadel.server().requests()).filteredOn((request) -> !request.path().equals("/oauth/v2/token"))
			.extracting(RecordedRequest::headers)
			.allSatisfy((headers) -> assertThat(headers.get("authorization").get(0)).startsWith("Bearer "));
	}

}
