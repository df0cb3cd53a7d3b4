package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * Decoders of the instance's JWT access tokens, servlet and reactive alike: signatures
 * verified with the keys at {origin}/oauth/v2/keys (fetched on first use, fetched again
 * for an unknown key ID), issuer = the origin, an accepted audience, and the timestamps.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelJwtDecoders {

	// The algorithms of ZITADEL's web keys that Spring Security verifies.
	private static final Set<SignatureAlgorithm> ALGORITHMS = Set.of(SignatureAlgorithm.RS256,
			SignatureAlgorithm.RS384, SignatureAlgorithm.RS512, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384,
			SignatureAlgorithm.ES512);

	private ZitadelJwtDecoders() {
	}

	static NimbusJwtDecoder jwtDecoder(ZitadelResourceServerSettings settings, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keySetUri(settings))
			.jwsAlgorithms((algorithms) -> algorithms.addAll(ALGORITHMS))
			.build();
		decoder.setJwtValidator(validator(settings, clock));
		return decoder;
	}

	static NimbusReactiveJwtDecoder reactiveJwtDecoder(ZitadelResourceServerSettings settings, Clock clock) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(keySetUri(settings))
			.jwsAlgorithms((algorithms) -> algorithms.addAll(ALGORITHMS))
			.build();
		decoder.setJwtValidator(validator(settings, clock));
		return decoder;
	}

	/**
	 * Return the mapping of a JWT's role claims, the same as for introspected tokens.
	 */
	static Converter<Jwt, Collection<GrantedAuthority>> authorities(ZitadelResourceServerSettings settings) {
		return (jwt) -> settings.roleAuthorities().fromClaims(jwt.getClaims());
	}

	static OAuth2TokenValidator<Jwt> validator(ZitadelResourceServerSettings settings, Clock clock) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(clock);
		Set<String> audiences = settings.audiences();
		return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(settings.issuer()),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						(audience) -> audience != null && audience.stream().anyMatch(audiences::contains)));
	}

	private static String keySetUri(ZitadelResourceServerSettings settings) {
		return settings.issuer() + "/oauth/v2/keys";
	}

}
