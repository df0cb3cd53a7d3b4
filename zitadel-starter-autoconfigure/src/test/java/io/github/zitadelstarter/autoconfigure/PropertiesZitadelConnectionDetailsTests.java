package io.github.zitadelstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.test.ServiceUserKeyFile;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PropertiesZitadelConnectionDetails}: which credential the properties
 * give, and what they may not say.
 */
class PropertiesZitadelConnectionDetailsTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static ZitadelTestServer server;

	private static ServiceUserKeyFile keyFile;

	@BeforeAll
	static void createKey() {
		server = ZitadelTestServer.start();
		keyFile = server.credentials().addKey(server.serviceUser());
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void clientIdAndSecretAreAClientSecretCredential() {
		assertThat(details((properties) -> {
			properties.setClientId(" service-user ");
			properties.setClientSecret("secret");
		}).getCredential()).isEqualTo(ZitadelCredential.clientSecret("service-user", "secret"));
	}

	@Test
	void keyJsonIsAKeyCredentialAndNeedsNoClientId() {
		ZitadelCredential credential = details((properties) -> properties.setKeyJson(keyFile.json())).getCredential();
		assertThat(credential).isInstanceOfSatisfying(ZitadelCredential.ServiceUserKey.class, (key) -> {
			assertThat(key.keyId()).isEqualTo(keyFile.keyId());
			assertThat(key.userId()).isEqualTo(server.serviceUser().userId());
			assertThat(key.expiresAt()).isNull();
		});
	}

	@Test
	void keyFileIsReadFromItsLocation(@TempDir Path directory) throws Exception {
		Path file = Files.writeString(directory.resolve("service-user.json"), keyFile.json(), StandardCharsets.UTF_8);
		ZitadelCredential credential = details((properties) -> properties.setKeyFile(file.toUri().toString()))
			.getCredential();
		assertThat(credential).isInstanceOfSatisfying(ZitadelCredential.ServiceUserKey.class,
				(key) -> assertThat(key.keyId()).isEqualTo(keyFile.keyId()));
	}

	@Test
	void personalAccessTokenIsUsedAsItIs() {
		assertThat(details((properties) -> properties.setPersonalAccessToken(" pat-value ")).getCredential())
			.isEqualTo(ZitadelCredential.personalAccessToken("pat-value"));
	}

	@Test
	void moreThanOneCredentialIsRefusedNamingThePropertiesOnly() {
		assertRefused((properties) -> {
			properties.setClientId("service-user");
			properties.setClientSecret("secret-value");
			properties.setPersonalAccessToken("pat-value");
		}, (ex) -> {
			assertThat(ex.getProperties()).containsExactly("zitadel.client-secret", "zitadel.personal-access-token");
			assertThat(ex.getProblem()).isEqualTo("more than one credential of the service user is set");
			assertThat(ex.getAction()).contains("Set exactly one credential");
			assertThat(ex.getMessage()).doesNotContain("secret-value", "pat-value");
		});
	}

	@Test
	void noCredentialIsRefused() {
		assertRefused((properties) -> {
		}, (ex) -> {
			assertThat(ex.getProperties()).containsExactly("zitadel.client-secret", "zitadel.key-file",
					"zitadel.key-json", "zitadel.personal-access-token");
			assertThat(ex.getProblem()).isEqualTo("none is set, so the service user has no credential");
		});
	}

	@Test
	void blankCredentialsCountAsUnset() {
		assertThat(details((properties) -> {
			properties.setClientSecret(" ");
			properties.setKeyFile("");
			properties.setPersonalAccessToken("pat-value");
		}).getCredential()).isInstanceOf(ZitadelCredential.PersonalAccessToken.class);
	}

	@Test
	void rejectsANumericUserIdAsClientId() {
		assertRefused(clientSecret("259242039378444290", "secret"), (ex) -> {
			assertThat(ex.getProperties()).containsExactly("zitadel.client-id");
			assertThat(ex.getProblem()).contains("looks like the service user's numeric user ID");
			assertThat(ex.getAction()).contains("username");
		});
	}

	@Test
	void rejectsAnUnresolvedPlaceholderNamingOnlyThePlaceholder() {
		assertRefused(clientSecret("service-user", "${ZITADEL_CLIENT_SECRET}"), (ex) -> {
			assertThat(ex.getProperties()).containsExactly("zitadel.client-secret");
			assertThat(ex.getProblem()).isEqualTo("it holds the unresolved placeholder ${ZITADEL_CLIENT_SECRET}");
			assertThat(ex.getAction()).contains("ZITADEL_CLIENT_SECRET");
		});
	}

	@Test
	void rejectsABlankClientSecret() {
		assertRefused(clientSecret("service-user", "  "),
				(ex) -> assertThat(ex).hasMessage("zitadel.client-secret: it is not set"));
	}

	@Test
	void acceptsAPkcs8Key() {
		String json = KeyFiles.json("serviceaccount", "1234", KeyFiles.pkcs8RsaPem(), "5678");
		assertThat(details((properties) -> properties.setKeyJson(json)).getCredential())
			.isInstanceOf(ZitadelCredential.ServiceUserKey.class);
	}

	@Test
	void rejectsAnApplicationKeyWithWhereToCreateAServiceUserKey() {
		String json = KeyFiles.json("application", "1234", KeyFiles.pkcs8RsaPem(), "5678");
		assertRefused((properties) -> properties.setKeyJson(json), (ex) -> {
			assertThat(ex.getProperties()).containsExactly("zitadel.key-json");
			assertThat(ex.getProblem()).contains("the key of an application");
			assertThat(ex.getAction()).contains("Add a key to the service user itself");
			assertThat(ex.getMessage()).doesNotContain("PRIVATE KEY");
		});
	}

	@Test
	void rejectsAKeyThatIsNotRsa() {
		String json = KeyFiles.json("serviceaccount", "1234", KeyFiles.ecPem(), "5678");
		assertRefused((properties) -> properties.setKeyJson(json), (ex) -> assertThat(ex.getProblem())
			.isEqualTo("its \"key\" is not an RSA private key in PEM form"));
	}

	@Test
	void rejectsAKeyFileWithoutItsIds() {
		String json = keyFile.json().replace("\"userId\"", "\"user\"");
		assertRefused((properties) -> properties.setKeyJson(json),
				(ex) -> assertThat(ex.getProblem()).isEqualTo("it has no \"userId\""));
	}

	@Test
	void rejectsWhatIsNotJson() {
		assertRefused((properties) -> properties.setKeyJson("-----BEGIN RSA PRIVATE KEY-----"),
				(ex) -> assertThat(ex.getProblem()).isEqualTo("it is not a JSON object"));
	}

	@Test
	void rejectsAMissingKeyFile(@TempDir Path directory) {
		String location = directory.resolve("missing.json").toUri().toString();
		assertRefused((properties) -> properties.setKeyFile(location), (ex) -> {
			assertThat(ex.getProperties()).containsExactly("zitadel.key-file");
			assertThat(ex.getProblem()).isEqualTo("'" + location + "' does not exist");
		});
	}

	@Test
	void rejectsAnExpiredKeySayingWhenItExpired() {
		ServiceUserKeyFile expired = server.credentials()
			.addKey(server.serviceUser(), Instant.parse("2026-11-01T00:00:00Z"));
		assertRefused((properties) -> properties.setKeyJson(expired.json()), (ex) -> {
			assertThat(ex.getProperties()).containsExactly("zitadel.key-json");
			assertThat(ex.getProblem())
				.isEqualTo("the key " + expired.keyId() + " expired on 2026-11-01T00:00:00Z");
		});
	}

	@Test
	void toStringLeavesOutEveryCredentialsSecret() {
		assertThat(details(clientSecret("service-user", "top-secret-value"))).asString()
			.contains("service-user")
			.doesNotContain("top-secret-value");
		assertThat(details((properties) -> properties.setKeyJson(keyFile.json()))).asString()
			.contains(keyFile.keyId())
			.doesNotContain("PRIVATE KEY");
		assertThat(details((properties) -> properties.setPersonalAccessToken("pat-value"))).asString()
			.doesNotContain("pat-value");
	}

	private static Consumer<ZitadelProperties> clientSecret(String clientId, String clientSecret) {
		return (properties) -> {
			properties.setClientId(clientId);
			properties.setClientSecret(clientSecret);
		};
	}

	private static PropertiesZitadelConnectionDetails details(Consumer<ZitadelProperties> configuration) {
		ZitadelProperties properties = new ZitadelProperties();
		properties.setDomain("my-instance.zitadel.cloud");
		configuration.accept(properties);
		return new PropertiesZitadelConnectionDetails(properties, new DefaultResourceLoader(),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static void assertRefused(Consumer<ZitadelProperties> configuration,
			Consumer<InvalidZitadelPropertyException> expectations) {
		assertThatExceptionOfType(InvalidZitadelPropertyException.class).isThrownBy(() -> details(configuration))
			.satisfies(expectations::accept);
	}

}
