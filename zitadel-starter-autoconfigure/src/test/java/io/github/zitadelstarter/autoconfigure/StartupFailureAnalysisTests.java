package io.github.zitadelstarter.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.github.zitadelstarter.test.ServiceUserKeyFile;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What a developer reads when the application does not start because of a zitadel.*
 * property: Spring Boot's failure report, with the starter's description and action,
 * and never the client secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureAnalysisTests {

	private static ZitadelTestServer server;

	private static final String SECRET = "s3cret-never-printed";

	private static final String DOMAIN = "zitadel.domain=my-instance.zitadel.cloud";

	private static final String CLIENT_ID = "zitadel.client-id=service-user";

	private static final String CLIENT_SECRET = "zitadel.client-secret=" + SECRET;

	private static final String DOMAIN_ACTION = "Set zitadel.domain to the instance's domain, such as"
			+ " my-instance.zitadel.cloud, or to its origin";

	@BeforeAll
	static void startServerForItsKeys() {
		server = ZitadelTestServer.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void domainMissingWhileTheCredentialsAreSet(CapturedOutput output) {
		assertStartupFails(output, List.of(CLIENT_ID, CLIENT_SECRET),
				"property 'zitadel.domain': it is not set", DOMAIN_ACTION);
	}

	@Test
	void domainWithAPath(CapturedOutput output) {
		assertStartupFails(output, List.of("zitadel.domain=https://my-instance.zitadel.cloud/ui/console", CLIENT_ID,
				CLIENT_SECRET), "property 'zitadel.domain': it has the path '/ui/console'", DOMAIN_ACTION);
	}

	@Test
	void domainWithAQuery(CapturedOutput output) {
		assertStartupFails(output, List.of("zitadel.domain=my-instance.zitadel.cloud?org=1", CLIENT_ID, CLIENT_SECRET),
				"property 'zitadel.domain': it has a query or a fragment", DOMAIN_ACTION);
	}

	@Test
	void domainWithUserInformation(CapturedOutput output) {
		assertStartupFails(output,
				List.of("zitadel.domain=https://admin:pa55word@my-instance.zitadel.cloud", CLIENT_ID, CLIENT_SECRET),
				"property 'zitadel.domain': it contains user information before the host",
				"Remove the user information: the client ID and secret go in zitadel.client-id and"
						+ " zitadel.client-secret.");
		assertThat(output).doesNotContain("pa55word");
	}

	@Test
	void domainWithAnUnsupportedScheme(CapturedOutput output) {
		assertStartupFails(output,
				List.of("zitadel.domain=ftp://my-instance.zitadel.cloud", CLIENT_ID, CLIENT_SECRET),
				"property 'zitadel.domain': scheme 'ftp' is not http or https", DOMAIN_ACTION);
	}

	@Test
	void domainWithSpaces(CapturedOutput output) {
		assertStartupFails(output, List.of("zitadel.domain=my instance.zitadel.cloud", CLIENT_ID, CLIENT_SECRET),
				"property 'zitadel.domain': 'my instance.zitadel.cloud' contains white space", DOMAIN_ACTION);
	}

	@Test
	void plainHttpToAnotherHost(CapturedOutput output) {
		assertStartupFails(output, List.of("zitadel.domain=http://zitadel.internal", CLIENT_ID, CLIENT_SECRET),
				"property 'zitadel.domain': plain http to 'zitadel.internal' would send the service user's credential and access tokens unencrypted",
				"Use https, or set zitadel.allow-insecure-http=true if this network is trusted.");
	}

	@Test
	void clientIdMissing(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, CLIENT_SECRET), "property 'zitadel.client-id': it is not set",
				"Set zitadel.client-id to the username of the ZITADEL service user (not its numeric user ID).");
	}

	@Test
	void clientIdBlank(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, "zitadel.client-id=  ", CLIENT_SECRET),
				"property 'zitadel.client-id': it is not set",
				"Set zitadel.client-id to the username of the ZITADEL service user");
	}

	@Test
	void clientIdThatIsANumericUserId(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, "zitadel.client-id=259242039378444290", CLIENT_SECRET),
				"property 'zitadel.client-id': '259242039378444290' is all digits, which looks like the service"
						+ " user's numeric user ID",
				"Set zitadel.client-id to the service user's username: ZITADEL looks the client up by login name");
	}

	@Test
	void clientSecretMissing(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, CLIENT_ID), "property 'zitadel.client-secret': it is not set",
				"Set zitadel.client-secret to a client secret generated for the service user");
	}

	@Test
	void clientSecretBlank(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, CLIENT_ID, "zitadel.client-secret= "),
				"property 'zitadel.client-secret': it is not set",
				"Set zitadel.client-secret to a client secret generated for the service user");
	}

	@Test
	void clientSecretThatIsAnUnresolvedPlaceholder(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, CLIENT_ID, "zitadel.client-secret=${ZITADEL_TEST_UNSET_SECRET}"),
				"property 'zitadel.client-secret': it holds the unresolved placeholder ${ZITADEL_TEST_UNSET_SECRET}",
				"Set the environment variable or property ZITADEL_TEST_UNSET_SECRET, or set zitadel.client-secret"
						+ " directly.");
	}

	@Test
	void unknownClientAuthenticationMethod(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, CLIENT_ID, CLIENT_SECRET,
				"zitadel.client-authentication-method=private_key_jwt"),
				"property 'zitadel.client-authentication-method': 'private_key_jwt' (from \"zitadel"
						+ ".client-authentication-method\" from property source \"commandLineArgs\") is not a client"
						+ " authentication method it supports.",
				"Set zitadel.client-authentication-method to client_secret_basic (the default: client ID and secret"
						+ " in an HTTP Basic header) or client_secret_post");
	}

	@Test
	void scopesEmptyAfterNormalisation(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, CLIENT_ID, CLIENT_SECRET, "zitadel.scopes= , "),
				"property 'zitadel.scopes': it lists no scope",
				"Remove zitadel.scopes to request the default scopes (openid profile email"
						+ " urn:zitadel:iam:org:project:id:zitadel:aud)");
	}

	@Test
	void scopesGivenAsOneSpaceOrCommaSeparatedStringAreNormalised(CapturedOutput output) {
		for (String scopes : List.of("profile urn:zitadel:iam:org:project:id:zitadel:aud",
				"profile,urn:zitadel:iam:org:project:id:zitadel:aud")) {
			try (ConfigurableApplicationContext context = start(
					List.of(DOMAIN, CLIENT_ID, CLIENT_SECRET, "zitadel.scopes=" + scopes))) {
				assertThat(context.getBean(ZitadelProperties.class).requestedScopes()).containsExactly("openid",
						"profile", "urn:zitadel:iam:org:project:id:zitadel:aud");
			}
		}
		assertThat(output).doesNotContain("APPLICATION FAILED TO START").doesNotContain("zitadel.scopes does not");
	}

	@Test
	void scopesWithoutZitadelsAudienceStartWithOneWarning(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(
				List.of(DOMAIN, CLIENT_ID, CLIENT_SECRET, "zitadel.scopes=openid profile"))) {
			assertThat(output).containsOnlyOnce("zitadel.scopes does not contain"
					+ " urn:zitadel:iam:org:project:id:zitadel:aud: ZITADEL's own APIs will answer 401 \"invalid"
					+ " audience (APP-Zxfako)\"");
		}
	}

	@Test
	void moreThanOneCredential(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, CLIENT_ID, CLIENT_SECRET, "zitadel.personal-access-token=" + SECRET),
				"properties 'zitadel.client-secret', 'zitadel.personal-access-token': more than one credential of"
						+ " the service user is set",
				"Set exactly one credential of the service user: zitadel.key-file");
	}

	@Test
	void noCredential(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN),
				"properties 'zitadel.client-secret', 'zitadel.key-file', 'zitadel.key-json',"
						+ " 'zitadel.personal-access-token': none is set, so the service user has no credential",
				"Set exactly one credential of the service user");
	}

	@Test
	void keyFileMissing(CapturedOutput output, @TempDir Path directory) {
		String location = directory.resolve("missing.json").toUri().toString();
		assertStartupFails(output, List.of(DOMAIN, "zitadel.key-file=" + location),
				"property 'zitadel.key-file': '" + location + "' does not exist",
				"Set zitadel.key-file to the location of the service user's key file");
	}

	@Test
	void keyFileUnreadable(CapturedOutput output, @TempDir Path directory) {
		String location = directory.toUri().toString();
		assertStartupFails(output, List.of(DOMAIN, "zitadel.key-file=" + location),
				"property 'zitadel.key-file': '" + location + "' cannot be read",
				"make it readable by the application");
	}

	@Test
	void keyThatIsNotJson(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, "zitadel.key-json=" + SECRET),
				"property 'zitadel.key-json': it is not a JSON object",
				"Use the JSON file ZITADEL offers for download when you add a key of type JSON to the service user");
	}

	@Test
	void keyOfAnApplication(CapturedOutput output) {
		assertStartupFails(output,
				List.of(DOMAIN, "zitadel.key-json="
						+ KeyFiles.json("application", "1234", KeyFiles.pkcs8RsaPem(), "5678")),
				"property 'zitadel.key-json': it is the key of an application (\"type\":\"application\"), which a"
						+ " resource server uses to call the introspection endpoint, not a key of the service user",
				"Add a key to the service user itself in ZITADEL (Users, Service Users, the user, Keys, New, type"
						+ " JSON) and use that file.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "keyId", "key", "userId" })
	void keyWithoutOneOfItsFields(String field, CapturedOutput output) {
		String json = keyFile().json().replace("\"" + field + "\"", "\"other\"");
		assertStartupFails(output, List.of(DOMAIN, "zitadel.key-json=" + json),
				"property 'zitadel.key-json': it has no \"" + field + "\"", "Use the JSON file ZITADEL offers");
	}

	@Test
	void keyThatIsNotRsa(CapturedOutput output) {
		assertStartupFails(output,
				List.of(DOMAIN, "zitadel.key-json=" + KeyFiles.json("serviceaccount", "1234", KeyFiles.ecPem(), "5678")),
				"property 'zitadel.key-json': its \"key\" is not an RSA private key in PEM form",
				"Use the JSON file ZITADEL offers");
	}

	@Test
	void keyThatHasExpired(CapturedOutput output) {
		Instant expiration = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		ServiceUserKeyFile expired = server.credentials().addKey(server.serviceUser(), expiration);
		assertStartupFails(output, List.of(DOMAIN, "zitadel.key-json=" + expired.json()),
				"property 'zitadel.key-json': the key " + expired.keyId() + " expired on " + expiration,
				"Add a new key to the service user in ZITADEL");
	}

	@Test
	void keyThatIsAnUnresolvedPlaceholder(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, "zitadel.key-json=${ZITADEL_TEST_UNSET_KEY}"),
				"property 'zitadel.key-json': it holds the unresolved placeholder ${ZITADEL_TEST_UNSET_KEY}",
				"Set the environment variable or property ZITADEL_TEST_UNSET_KEY, or set zitadel.key-json directly.");
	}

	@Test
	void personalAccessTokenThatIsAnUnresolvedPlaceholder(CapturedOutput output) {
		assertStartupFails(output, List.of(DOMAIN, "zitadel.personal-access-token=${ZITADEL_TEST_UNSET_PAT}"),
				"property 'zitadel.personal-access-token': it holds the unresolved placeholder"
						+ " ${ZITADEL_TEST_UNSET_PAT}",
				"Set the environment variable or property ZITADEL_TEST_UNSET_PAT");
	}

	@Test
	void keyThatExpiresWithinAWeekStartsWithOneWarningAndTheKeyId(CapturedOutput output) {
		Instant expiration = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
		ServiceUserKeyFile expiring = server.credentials().addKey(server.serviceUser(), expiration);
		try (ConfigurableApplicationContext context = start(List.of(DOMAIN, "zitadel.key-json=" + expiring.json()))) {
			assertThat(output).containsOnlyOnce("The ZITADEL key " + expiring.keyId() + " expires on " + expiration
					+ ", in less than 7 days")
				.containsOnlyOnce("with the key " + expiring.keyId() + " of service user "
						+ server.serviceUser().userId() + " (expires " + expiration + ")")
				.doesNotContain("PRIVATE KEY");
		}
	}

	private static ServiceUserKeyFile keyFile() {
		return server.credentials().addKey(server.serviceUser());
	}

	private static void assertStartupFails(CapturedOutput output, List<String> properties, String description,
			String action) {
		assertThatException().isThrownBy(() -> start(properties).close());
		assertThat(output).contains("APPLICATION FAILED TO START");
		String report = output.toString().substring(output.toString().indexOf("APPLICATION FAILED TO START"));
		assertThat(report).contains("Description:").contains("The ZITADEL starter cannot use " + description);
		assertThat(report.substring(report.indexOf("Action:"))).contains(action);
		assertThat(output).doesNotContain(SECRET).doesNotContain("PRIVATE KEY");
	}

	private static ConfigurableApplicationContext start(List<String> properties) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		List<String> arguments = new ArrayList<>();
		properties.forEach((property) -> arguments.add("--" + property));
		return application.run(arguments.toArray(String[]::new));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(ZitadelAutoConfiguration.class)
	static class MinimalApplication {

	}

}
