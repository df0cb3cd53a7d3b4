package io.github.zitadelstarter.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.github.zitadelstarter.client.ZitadelCredential;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.client.JwtBearerOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.JwtBearerReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The key credential: ZITADEL's JWT profile grant (RFC 7523's JWT bearer grant). Each token
 * request carries a new assertion, signed RS256 with the service user's key: kid = the
 * key's ID, iss = sub = the user's ID, aud = ZITADEL's issuer exactly as ZITADEL writes
 * it (the origin), iat = now, exp a few minutes later and a random jti, so that no two
 * assertions are alike. The request has no client authentication: the assertion
 * identifies the user.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class JwtProfileGrant implements TokenGrant {

	/**
	 * How long an assertion is valid. ZITADEL refuses an assertion issued more than an
	 * hour ago; each token request signs a new one anyway.
	 */
	static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

	private final ZitadelCredential.ServiceUserKey key;

	private final String issuer;

	private final Clock clock;

	private final JwtEncoder encoder;

	JwtProfileGrant(ZitadelCredential.ServiceUserKey key, URI origin, Clock clock) {
		this.key = key;
		this.issuer = origin.toString();
		this.clock = clock;
		this.encoder = NimbusJwtEncoder.withKeyPair(key.publicKey(), key.privateKey())
			.jwkPostProcessor((jwk) -> jwk.keyID(key.keyId()))
			.build();
	}

	@Override
	public String name() {
		return "jwt_profile";
	}

	@Override
	public ClientRegistration.Builder registration(ClientRegistration.Builder registration) {
		// Without an explicit method, Spring Security would send a Basic header with an
		// empty secret.
		return registration.authorizationGrantType(AuthorizationGrantType.JWT_BEARER)
			.clientId(this.key.userId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
	}

	@Override
	public OAuth2AuthorizedClientProvider provider(TokenEndpointClients endpoint) {
		JwtBearerOAuth2AuthorizedClientProvider provider = new JwtBearerOAuth2AuthorizedClientProvider();
		provider.setJwtAssertionResolver((context) -> assertion());
		provider.setAccessTokenResponseClient(endpoint.blocking());
		return provider;
	}

	@Override
	public ReactiveOAuth2AuthorizedClientProvider reactiveProvider(TokenEndpointClients endpoint) {
		JwtBearerReactiveOAuth2AuthorizedClientProvider provider = new JwtBearerReactiveOAuth2AuthorizedClientProvider();
		// Signing draws on the JDK's SecureRandom, which may read /dev/urandom: never on an
		// event loop.
		provider.setJwtAssertionResolver(
				(context) -> Mono.fromCallable(this::assertion).subscribeOn(Schedulers.boundedElastic()));
		provider.setAccessTokenResponseClient(endpoint.reactive());
		return provider;
	}

	/**
	 * ZITADEL answers an assertion it cannot verify with 500 server_error
	 * "Errors.Internal", whatever the reason.
	 */
	@Override
	public @Nullable ZitadelErrorHint hint(OAuth2Error error) {
		return ("server_error".equals(error.getErrorCode())
				&& String.valueOf(error.getDescription()).contains("Errors.Internal"))
						? ZitadelErrorHint.ASSERTION_REJECTED : null;
	}

	Jwt assertion() {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.key.userId())
			.subject(this.key.userId())
			.audience(List.of(this.issuer))
			.issuedAt(now)
			.expiresAt(now.plus(ASSERTION_LIFETIME))
			.id(UUID.randomUUID().toString())
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(claims));
	}

}
