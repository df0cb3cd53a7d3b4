package io.github.zitadelstarter.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PropertiesZitadelConnectionDetails}.
 */
class PropertiesZitadelConnectionDetailsTests {

	@Test
	void rejectsANumericUserIdAsClientId() {
		ZitadelProperties properties = properties("259242039378444290", "secret");
		assertThatExceptionOfType(InvalidZitadelPropertyException.class)
			.isThrownBy(() -> new PropertiesZitadelConnectionDetails(properties))
			.satisfies((ex) -> {
				assertThat(ex.getProperty()).isEqualTo("zitadel.client-id");
				assertThat(ex.getProblem()).contains("looks like the service user's numeric user ID");
				assertThat(ex.getAction()).contains("username");
			});
	}

	@Test
	void rejectsAnUnresolvedPlaceholderNamingOnlyThePlaceholder() {
		ZitadelProperties properties = properties("service-user", "${ZITADEL_CLIENT_SECRET}");
		assertThatExceptionOfType(InvalidZitadelPropertyException.class)
			.isThrownBy(() -> new PropertiesZitadelConnectionDetails(properties))
			.satisfies((ex) -> {
				assertThat(ex.getProperty()).isEqualTo("zitadel.client-secret");
				assertThat(ex.getProblem()).isEqualTo("it holds the unresolved placeholder ${ZITADEL_CLIENT_SECRET}");
				assertThat(ex.getAction()).contains("ZITADEL_CLIENT_SECRET");
			});
	}

	@Test
	void rejectsABlankClientSecret() {
		assertThatExceptionOfType(InvalidZitadelPropertyException.class)
			.isThrownBy(() -> new PropertiesZitadelConnectionDetails(properties("service-user", "  ")))
			.withMessage("zitadel.client-secret: it is not set");
	}

	private static ZitadelProperties properties(String clientId, String clientSecret) {
		ZitadelProperties properties = new ZitadelProperties();
		properties.setDomain("my-instance.zitadel.cloud");
		properties.setClientId(clientId);
		properties.setClientSecret(clientSecret);
		return properties;
	}

	@Test
	void toStringLeavesOutTheSecret() {
		assertThat(new PropertiesZitadelConnectionDetails(properties("service-user", "top-secret-value"))).asString()
			.contains("service-user")
			.doesNotContain("top-secret-value");
	}

}
