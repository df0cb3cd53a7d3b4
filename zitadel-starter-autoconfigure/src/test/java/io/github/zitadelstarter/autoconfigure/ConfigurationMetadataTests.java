package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata that IDEs read: every property described, defaults where
 * there are any, and the known values of the scopes and the authentication method.
 */
class ConfigurationMetadataTests {

	private final String metadata = zitadelMetadata();

	@Test
	void everyPropertyHasADescription() {
		List<Map<String, Object>> properties = JsonPath.read(this.metadata, "$.properties[*]");
		assertThat(properties).extracting((property) -> property.get("name"))
			.contains("zitadel.domain", "zitadel.client-id", "zitadel.client-secret", "zitadel.scopes",
					"zitadel.http.ssl.bundle", "zitadel.http.proxy.host", "management.health.zitadel.enabled",
					"zitadel.resource-server.project-id", "zitadel.resource-server.key");
		assertThat(properties).allSatisfy((property) -> assertThat((String) property.get("description"))
			.as("description of %s", property.get("name"))
			.isNotBlank()
			.endsWith("."));
	}

	@Test
	void propertiesWithADefaultDeclareIt() {
		assertThat(defaultOf("zitadel.enabled")).isEqualTo(true);
		assertThat(defaultOf("zitadel.scopes")).isEqualTo(
				List.of("openid", "profile", "email", "urn:zitadel:iam:org:project:id:zitadel:aud"));
		assertThat(defaultOf("zitadel.client-authentication-method")).isEqualTo("client-secret-basic");
		assertThat(defaultOf("zitadel.allow-insecure-http")).isEqualTo(false);
		assertThat(defaultOf("zitadel.token.refresh-margin")).isEqualTo("60s");
		assertThat(defaultOf("zitadel.token.default-lifetime")).isEqualTo("5m");
		assertThat(defaultOf("zitadel.token.retry.budget")).isEqualTo("10s");
		assertThat(defaultOf("zitadel.token.retry.initial-backoff")).isEqualTo("200ms");
		assertThat(defaultOf("zitadel.token.retry.max-backoff")).isEqualTo("5s");
		assertThat(defaultOf("zitadel.http.connect-timeout")).isEqualTo("10s");
		assertThat(defaultOf("zitadel.http.read-timeout")).isEqualTo("30s");
		assertThat(defaultOf("management.health.zitadel.enabled")).isEqualTo(true);
		assertThat(defaultOf("zitadel.resource-server.enabled")).isEqualTo(true);
		assertThat(defaultOf("zitadel.resource-server.token-type")).isEqualTo("jwt");
		assertThat(defaultOf("zitadel.resource-server.authority-prefix")).isEqualTo("ROLE_");
		assertThat(defaultOf("zitadel.resource-server.introspection.cache-time-to-live")).isEqualTo(0);
	}

	@Test
	void scopesAndAuthenticationMethodsAreHinted() {
		List<String> scopes = JsonPath.read(this.metadata, "$.hints[?(@.name == 'zitadel.scopes')].values[*].value");
		assertThat(scopes).contains("openid", "profile", "email", "urn:zitadel:iam:org:project:id:zitadel:aud");
		List<String> methods = JsonPath.read(this.metadata,
				"$.hints[?(@.name == 'zitadel.client-authentication-method')].values[*].value");
		assertThat(methods).containsExactly("client_secret_basic", "client_secret_post");
	}

	private Object defaultOf(String property) {
		List<Object> defaults = JsonPath.read(this.metadata,
				"$.properties[?(@.name == '" + property + "')].defaultValue");
		assertThat(defaults).as("default of %s", property).hasSize(1);
		return defaults.get(0);
	}

	private static String zitadelMetadata() {
		try {
			for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream input = url.openStream()) {
					String json = new String(input.readAllBytes(), StandardCharsets.UTF_8);
					if (json.contains("\"zitadel.domain\"")) {
						return json;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new IllegalStateException("The starter's configuration metadata is not on the class path");
	}

}
