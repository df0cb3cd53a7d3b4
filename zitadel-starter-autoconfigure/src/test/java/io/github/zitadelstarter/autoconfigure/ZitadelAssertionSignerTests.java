package io.github.zitadelstarter.autoconfigure;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZitadelAssertionSigner}: the assertions of the JWT profile grant and
 * of private_key_jwt, as ZITADEL verifies them, with a clock the tests set.
 */
class ZitadelAssertionSignerTests {

	private static final KeyPair keyPair = KeyFiles.rsaKeyPair();

	private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));

	private final ZitadelAssertionSigner signer = new ZitadelAssertionSigner("298765432101234567",
			"298765432101234000", (RSAPublicKey) keyPair.getPublic(), (RSAPrivateKey) keyPair.getPrivate(),
			"https://my-instance.zitadel.cloud", this.clock);

	@Test
	void signsRs256WithTheKeysIdForTheIssuer() throws Exception {
		SignedJWT assertion = SignedJWT.parse(this.signer.sign().getTokenValue());
		assertThat(assertion.verify(new RSASSAVerifier((RSAPublicKey) keyPair.getPublic()))).isTrue();
		assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(assertion.getHeader().getKeyID()).isEqualTo("298765432101234567");
		JWTClaimsSet claims = assertion.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("298765432101234000");
		assertThat(claims.getSubject()).isEqualTo("298765432101234000");
		assertThat(claims.getAudience()).isEqualTo(List.of("https://my-instance.zitadel.cloud"));
	}

	@Test
	void eachAssertionIsNewAndLivesFiveMinutes() throws Exception {
		JWTClaimsSet first = SignedJWT.parse(this.signer.sign().getTokenValue()).getJWTClaimsSet();
		this.clock.advance(Duration.ofSeconds(1));
		JWTClaimsSet second = SignedJWT.parse(this.signer.sign().getTokenValue()).getJWTClaimsSet();
		assertThat(first.getIssueTime()).isEqualTo(Date.from(Instant.parse("2030-01-01T12:00:00Z")));
		assertThat(first.getExpirationTime()).isEqualTo(Date.from(Instant.parse("2030-01-01T12:05:00Z")));
		assertThat(ZitadelAssertionSigner.LIFETIME).isEqualTo(Duration.ofMinutes(5));
		assertThat(second.getIssueTime()).isEqualTo(Date.from(Instant.parse("2030-01-01T12:00:01Z")));
		assertThat(second.getJWTID()).isNotBlank().isNotEqualTo(first.getJWTID());
	}

}
