package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;

/**
 * The private_key_jwt assertion with which an API application authenticates to
 * ZITADEL's introspection endpoint: signed with the application's key (RS256, kid = key
 * ID), iss = sub = the client ID, aud = the issuer. ZITADEL accepts an assertion issued at
 * most an hour ago; each request gets a new one that lives a minute.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelClientAssertion {

	static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

	private static final Duration LIFETIME = Duration.ofMinutes(1);

	private final ZitadelApplicationKey key;

	private final String audience;

	private final Clock clock;

	private final RSASSASigner signer;

	ZitadelClientAssertion(ZitadelApplicationKey key, String audience, Clock clock) {
		this.key = key;
		this.audience = audience;
		this.clock = clock;
		this.signer = new RSASSASigner(key.privateKey());
	}

	String create() {
		Instant now = this.clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.key.clientId())
			.subject(this.key.clientId())
			.audience(this.audience)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.keyId()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new OAuth2IntrospectionException("Could not sign the client assertion with the API application's key");
		}
		return jwt.serialize();
	}

}
