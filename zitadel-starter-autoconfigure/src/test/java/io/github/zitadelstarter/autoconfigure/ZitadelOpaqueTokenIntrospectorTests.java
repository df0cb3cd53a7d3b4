package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.github.zitadelstarter.resourceserver.ZitadelRoleAuthorities;
import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ZitadelOpaqueTokenIntrospector} against the ZITADEL test server: both
 * ways to authenticate as the API application, the principal made of the answer, and the
 * cache of answers with a clock the tests move.
 */
class ZitadelOpaqueTokenIntrospectorTests {

	private final ZitadelTestServer zitadel = ZitadelTestServer.start();

	private final ApiApplication api = this.zitadel.userAccess().addApiApplication("Tasks API");

	private final HumanUser alice = this.zitadel.userAccess().addUser("alice", this.zitadel.organization());

	private final MutableClock clock = new MutableClock(Instant.now());

	@AfterEach
	void stop() {
		this.zitadel.close();
	}

	@Test
	void introspectsWithTheApplicationsSecret() {
		this.zitadel.userAccess().grant(this.alice, this.api, this.zitadel.organization(), "admin");
		OAuth2AuthenticatedPrincipal principal = introspector(withSecret(Duration.ZERO)).introspect(opaqueToken());
		assertThat(principal.getName()).isEqualTo(this.alice.userId());
		assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_admin", "ROLE_admin@" + this.zitadel.organization().id());
		assertThat((Object) principal.getAttribute("exp")).isInstanceOf(Instant.class);
		assertThat(principal.<List<String>>getAttribute("aud")).contains(this.api.projectId());
		RecordedRequest request = introspections().get(0);
		assertThat(request.header("Authorization")).startsWith("Basic ");
		assertThat(request.formValues("client_assertion")).isEmpty();
	}

	@Test
	void introspectsWithTheApplicationsKey() {
		OAuth2AuthenticatedPrincipal principal = introspector(withKey()).introspect(opaqueToken());
		assertThat(principal.getName()).isEqualTo(this.alice.userId());
		RecordedRequest request = introspections().get(0);
		assertThat(request.header("Authorization")).isNull();
		assertThat(request.formValues("client_assertion_type"))
			.containsExactly("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
	}

	@Test
	void inactiveTokenIsABadToken() {
		assertThatExceptionOfType(BadOpaqueTokenException.class)
			.isThrownBy(() -> introspector(withSecret(Duration.ZERO)).introspect("unknown"));
	}

	@Test
	void refusedCredentialsAreAnIntrospectionFailureThatNamesTheProperties() {
		ZitadelResourceServerSettings settings = settings(
				new ZitadelApplicationCredential.ClientSecret(this.api.clientId(), "api-app-secret-that-is-wrong"),
				Duration.ZERO);
		assertThatExceptionOfType(OAuth2IntrospectionException.class)
			.isThrownBy(() -> introspector(settings).introspect(opaqueToken()))
			.isNotInstanceOf(BadOpaqueTokenException.class)
			.withMessage("ZITADEL answered the introspection request with status 401: check the API application's"
					+ " credentials (zitadel.resource-server.client-id and client-secret, or key)")
			.withMessageNotContaining("api-app-secret-that-is-wrong");
	}

	@Test
	void zitadelDownIsAnIntrospectionFailure() {
		ZitadelOpaqueTokenIntrospector introspector = introspector(withSecret(Duration.ZERO));
		String token = opaqueToken();
		this.zitadel.close();
		assertThatExceptionOfType(OAuth2IntrospectionException.class).isThrownBy(() -> introspector.introspect(token))
			.isNotInstanceOf(BadOpaqueTokenException.class)
			.withMessageStartingWith("ZITADEL's introspection endpoint did not answer")
			.withMessageNotContaining(token);
	}

	@Test
	void withoutACacheEveryRequestIsIntrospected() {
		ZitadelOpaqueTokenIntrospector introspector = introspector(withSecret(Duration.ZERO));
		String token = opaqueToken();
		introspector.introspect(token);
		introspector.introspect(token);
		assertThat(introspections()).hasSize(2);
	}

	@Test
	void cachedAnswersAreReusedForTheirTimeToLive() {
		ZitadelOpaqueTokenIntrospector introspector = introspector(withSecret(Duration.ofSeconds(30)));
		String token = opaqueToken();
		introspector.introspect(token);
		this.clock.advance(Duration.ofSeconds(29));
		introspector.introspect(token);
		assertThat(introspections()).hasSize(1);
		this.clock.advance(Duration.ofSeconds(1));
		introspector.introspect(token);
		assertThat(introspections()).hasSize(2);
	}

	@Test
	void cachedAnswersAreNeverUsedPastTheTokensExpiry() {
		this.zitadel.setTokenLifetime(Duration.ofSeconds(20));
		ZitadelOpaqueTokenIntrospector introspector = introspector(withSecret(Duration.ofMinutes(5)));
		String token = opaqueToken();
		OAuth2AuthenticatedPrincipal principal = introspector.introspect(token);
		Instant expiry = principal.getAttribute("exp");
		this.clock.advance(Duration.between(this.clock.instant(), expiry).minusSeconds(1));
		introspector.introspect(token);
		assertThat(introspections()).hasSize(1);
		this.clock.advance(Duration.ofSeconds(1));
		introspector.introspect(token);
		assertThat(introspections()).as("introspected again at the token's expiry").hasSize(2);
	}

	@Test
	void inactiveAnswersAreNotCached() {
		ZitadelOpaqueTokenIntrospector introspector = introspector(withSecret(Duration.ofMinutes(5)));
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(BadOpaqueTokenException.class).isThrownBy(() -> introspector.introspect("x"));
		}
		assertThat(introspections()).hasSize(2);
	}

	private String opaqueToken() {
		return this.zitadel.userAccess().accessToken(this.alice, this.api, TokenFormat.OPAQUE);
	}

	private List<RecordedRequest> introspections() {
		return this.zitadel.requests()
			.stream()
			.filter((request) -> request.path().equals("/oauth/v2/introspect"))
			.toList();
	}

	private ZitadelOpaqueTokenIntrospector introspector(ZitadelResourceServerSettings settings) {
		return new ZitadelOpaqueTokenIntrospector(new ZitadelTokenIntrospection(settings, this.clock));
	}

	ZitadelResourceServerSettings withSecret(Duration cacheTimeToLive) {
		return settings(new ZitadelApplicationCredential.ClientSecret(this.api.clientId(), this.api.clientSecret()),
				cacheTimeToLive);
	}

	ZitadelResourceServerSettings withKey() {
		return settings(ZitadelApplicationKey.parse(this.api.keyJson()), Duration.ZERO);
	}

	private ZitadelResourceServerSettings settings(ZitadelApplicationCredential credential,
			Duration cacheTimeToLive) {
		URI origin = this.zitadel.origin();
		return new ZitadelResourceServerSettings(origin, ZitadelResourceServerProperties.TokenType.OPAQUE,
				Set.of(), new ZitadelRoleAuthorities("ROLE_", this.api.projectId()), credential, cacheTimeToLive,
				List.of());
	}

}
