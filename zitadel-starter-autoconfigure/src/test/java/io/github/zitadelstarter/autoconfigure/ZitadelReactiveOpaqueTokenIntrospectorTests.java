package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.github.zitadelstarter.resourceserver.ZitadelRoleAuthorities;
import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import io.github.zitadelstarter.test.TokenFormat;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelReactiveOpaqueTokenIntrospector} against the ZITADEL test
 * server.
 */
class ZitadelReactiveOpaqueTokenIntrospectorTests {

	private final ZitadelTestServer zitadel = ZitadelTestServer.start();

	private final ApiApplication api = this.zitadel.userAccess().addApiApplication("Tasks API");

	private final HumanUser alice = this.zitadel.userAccess().addUser("alice", this.zitadel.organization());

	private final MutableClock clock = new MutableClock(Instant.now());

	@AfterEach
	void stop() {
		this.zitadel.close();
	}

	@Test
	void introspectsWithTheApplicationsKeyAndMapsRoles() {
		this.zitadel.userAccess().grant(this.alice, this.api, this.zitadel.organization(), "admin");
		StepVerifier.create(introspector(ZitadelApplicationKey.parse(this.api.keyJson()), Duration.ZERO)
			.introspect(opaqueToken()))
			.assertNext((principal) -> {
				assertThat(principal.getName()).isEqualTo(this.alice.userId());
				assertThat(principal.getAuthorities()).extracting(GrantedAuthority::getAuthority)
					.containsExactly("ROLE_admin", "ROLE_admin@" + this.zitadel.organization().id());
			})
			.verifyComplete();
	}

	@Test
	void inactiveTokenIsABadToken() {
		StepVerifier.create(introspector(secret(), Duration.ZERO).introspect("unknown"))
			.verifyError(BadOpaqueTokenException.class);
	}

	@Test
	void zitadelDownIsAnIntrospectionFailure() {
		ZitadelReactiveOpaqueTokenIntrospector introspector = introspector(secret(), Duration.ZERO);
		String token = opaqueToken();
		this.zitadel.close();
		StepVerifier.create(introspector.introspect(token))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(OAuth2IntrospectionException.class)
				.hasMessageStartingWith("ZITADEL's introspection endpoint did not answer")
				.hasMessageNotContaining(token));
	}

	@Test
	void cachedAnswersAreReusedForTheirTimeToLive() {
		ZitadelReactiveOpaqueTokenIntrospector introspector = introspector(secret(), Duration.ofSeconds(30));
		String token = opaqueToken();
		introspector.introspect(token).block(Duration.ofSeconds(10));
		introspector.introspect(token).block(Duration.ofSeconds(10));
		assertThat(introspections()).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(30));
		introspector.introspect(token).block(Duration.ofSeconds(10));
		assertThat(introspections()).isEqualTo(2);
	}

	private String opaqueToken() {
		return this.zitadel.userAccess().accessToken(this.alice, this.api, TokenFormat.OPAQUE);
	}

	private long introspections() {
		return this.zitadel.requests()
			.stream()
			.filter((request) -> request.path().equals("/oauth/v2/introspect"))
			.count();
	}

	private ZitadelApplicationCredential secret() {
		return new ZitadelApplicationCredential.ClientSecret(this.api.clientId(), this.api.clientSecret());
	}

	private ZitadelReactiveOpaqueTokenIntrospector introspector(ZitadelApplicationCredential credential,
			Duration cacheTimeToLive) {
		ZitadelResourceServerSettings settings = new ZitadelResourceServerSettings(this.zitadel.origin(),
				ZitadelResourceServerProperties.TokenType.OPAQUE, Set.of(),
				new ZitadelRoleAuthorities("ROLE_", null), credential, cacheTimeToLive, List.of());
		return new ZitadelReactiveOpaqueTokenIntrospector(new ZitadelTokenIntrospection(settings, this.clock));
	}

}
