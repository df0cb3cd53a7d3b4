package io.github.zitadelstarter.autoconfigure;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ZitadelOrigin}.
 */
class ZitadelOriginTests {

	@ParameterizedTest
	@CsvSource({ "my-instance.zitadel.cloud, https://my-instance.zitadel.cloud",
			"my-instance.zitadel.cloud/, https://my-instance.zitadel.cloud",
			"https://auth.example.com:8443/, https://auth.example.com:8443",
			"HTTPS://Auth.Example.com, https://auth.example.com", "http://localhost:8080, http://localhost:8080",
			"http://127.0.0.1:8080/, http://127.0.0.1:8080", "http://[::1]:8080, http://[::1]:8080",
			"' auth.example.com ', https://auth.example.com" })
	void acceptsDomainsAndOrigins(String domain, String origin) {
		assertThat(ZitadelOrigin.originOf(domain, false)).isEqualTo(URI.create(origin));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "https://auth.example.com/oauth/v2 | it has the path '/oauth/v2'",
			"https://auth.example.com?x=1 | it has a query or a fragment",
			"https://admin:pw@auth.example.com | it contains user information before the host",
			"ftp://auth.example.com | scheme 'ftp' is not http or https",
			"my instance.zitadel.cloud | 'my instance.zitadel.cloud' contains white space",
			"http://auth.example.com | plain http to 'auth.example.com' would send the service user's credential and access tokens unencrypted" })
	void rejectsWhatIsNotAnOrigin(String domain, String problem) {
		assertThatExceptionOfType(InvalidZitadelPropertyException.class)
			.isThrownBy(() -> ZitadelOrigin.originOf(domain, false))
			.satisfies((ex) -> {
				assertThat(ex.getProperties()).containsExactly("zitadel.domain");
				assertThat(ex.getProblem()).isEqualTo(problem);
			});
	}

	@Test
	void rejectedUserInformationIsNotRepeatedInTheMessage() {
		assertThatExceptionOfType(InvalidZitadelPropertyException.class)
			.isThrownBy(() -> ZitadelOrigin.originOf("https://admin:pa55@auth.example.com", false))
			.withMessageNotContaining("pa55");
	}

	@Test
	void acceptsPlainHttpToOtherHostsOnlyWhenAllowed() {
		assertThat(ZitadelOrigin.originOf("http://zitadel.internal:8080", true))
			.isEqualTo(URI.create("http://zitadel.internal:8080"));
	}

	@Test
	void tokensGoOnlyToTheSameSchemeHostAndPort() {
		ZitadelOrigin origin = new ZitadelOrigin(URI.create("https://auth.example.com"));
		assertThat(origin.isOriginOf(URI.create("https://AUTH.example.com:443/management/v1/orgs/me"))).isTrue();
		assertThat(origin.isOriginOf(URI.create("http://auth.example.com/"))).isFalse();
		assertThat(origin.isOriginOf(URI.create("https://auth.example.com:8443/"))).isFalse();
		assertThat(origin.isOriginOf(URI.create("https://auth.example.com.evil.test/"))).isFalse();
	}

}
