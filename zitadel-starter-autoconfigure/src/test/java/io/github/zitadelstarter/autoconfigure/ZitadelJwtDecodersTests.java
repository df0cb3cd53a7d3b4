package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.zitadelstarter.resourceserver.ZitadelRoleAuthorities;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the validation of {@link ZitadelJwtDecoders}: issuer, audience and time,
 * with a clock the tests move.
 */
class ZitadelJwtDecodersTests {

	private static final String ISSUER = "https://my-instance.zitadel.cloud";

	private final MutableClock clock = new MutableClock(Instant.now());

	private final OAuth2TokenValidator<Jwt> validator = ZitadelJwtDecoders.validator(
			new ZitadelResourceServerSettings(URI.create(ISSUER), ZitadelResourceServerProperties.TokenType.JWT,
					Set.of("project-1", "app@tasks"), new ZitadelRoleAuthorities("ROLE_", null), null, Duration.ZERO,
					List.of()),
			this.clock);

	@Test
	void acceptsATokenOfTheInstanceForTheProjectOrTheApplication() {
		assertThat(validate(ISSUER, List.of("login@web", "project-1"), Duration.ofMinutes(5)).hasErrors()).isFalse();
		assertThat(validate(ISSUER, List.of("app@tasks"), Duration.ofMinutes(5)).hasErrors()).isFalse();
	}

	@Test
	void rejectsAnotherAudience() {
		assertThat(validate(ISSUER, List.of("login@web", "project-2"), Duration.ofMinutes(5)).getErrors())
			.singleElement()
			.satisfies((error) -> assertThat(error.getDescription()).contains("aud"));
	}

	@Test
	void rejectsAnotherIssuer() {
		assertThat(validate("https://other.zitadel.cloud", List.of("project-1"), Duration.ofMinutes(5)).hasErrors())
			.isTrue();
	}

	@Test
	void rejectsATokenOnceTheClockPassesItsExpiryAndTheSkew() {
		Jwt jwt = jwt(ISSUER, List.of("project-1"), Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.validator.validate(jwt).hasErrors()).as("within Spring's 60 s clock skew").isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.validator.validate(jwt).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getDescription()).contains("expired"));
	}

	private OAuth2TokenValidatorResult validate(String issuer, List<String> audience, Duration expiresIn) {
		return this.validator.validate(jwt(issuer, audience, expiresIn));
	}

	private Jwt jwt(String issuer, List<String> audience, Duration expiresIn) {
		Instant now = this.clock.instant();
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.claims((claims) -> claims.putAll(Map.of("iss", issuer, "aud", audience, "sub", "user")))
			.issuedAt(now.minusSeconds(1))
			.expiresAt(now.plus(expiresIn))
			.build();
	}

}
