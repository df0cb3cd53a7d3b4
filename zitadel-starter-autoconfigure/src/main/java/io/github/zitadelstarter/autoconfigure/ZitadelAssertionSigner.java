package io.github.zitadelstarter.autoconfigure;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncodingException;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs the assertions with which the starter authenticates at ZITADEL with a key from a
 * ZITADEL key file: a service user's for the JWT profile grant, an API application's for
 * private_key_jwt at the introspection endpoint. Each is signed RS256 with kid = the key's
 * ID, iss = sub = the key's owner (the user's ID or the application's client ID), aud =
 * ZITADEL's issuer exactly as ZITADEL writes it (the origin), iat = now, exp
 * {@link #LIFETIME} later and a random jti, so that no two assertions are alike.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelAssertionSigner {

	/**
	 * How long an assertion is valid. Each request signs a new one, so it has only to
	 * outlive its request. ZITADEL wants iat at most an hour old and exp in the future and
	 * sets no limit on exp (older docs asked for at most an hour): five minutes still work
	 * when this host's clock is a few minutes behind ZITADEL's, and an assertion that leaks
	 * is soon worthless.
	 */
	static final Duration LIFETIME = Duration.ofMinutes(5);

	private final String owner;

	private final String audience;

	private final Clock clock;

	private final JwtEncoder encoder;

	/**
	 * Create a signer for the key of a key file.
	 * @param keyId the key's ID
	 * @param owner the ID of the key's owner
	 * @param publicKey the public key of the pair
	 * @param privateKey the private key, which signs
	 * @param audience ZITADEL's issuer
	 * @param clock the clock of iat and exp
	 */
	ZitadelAssertionSigner(String keyId, String owner, RSAPublicKey publicKey, RSAPrivateKey privateKey,
			String audience, Clock clock) {
		this.owner = owner;
		this.audience = audience;
		this.clock = clock;
		this.encoder = NimbusJwtEncoder.withKeyPair(publicKey, privateKey)
			.jwkPostProcessor((jwk) -> jwk.keyID(keyId))
			.build();
	}

	/**
	 * Sign a new assertion. It takes about a millisecond of CPU for RSA-2048, and the jti
	 * draws on the JDK's SecureRandom, which may read /dev/urandom: reactive callers sign
	 * off the event loop.
	 * @throws JwtEncodingException if the key cannot sign
	 */
	Jwt sign() {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.owner)
			.subject(this.owner)
			.audience(List.of(this.audience))
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.id(UUID.randomUUID().toString())
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(claims));
	}

}
