package io.github.zitadelstarter.test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Web Token as the test server reads and writes them: RS256 signatures only, made
 * and checked with the JDK.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Jwt {

	private static final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();

	private static final Duration ASSERTION_MAX_AGE = Duration.ofHours(1);

	private static final Duration ASSERTION_FUTURE_LEEWAY = Duration.ofSeconds(1);

	private final Map<String, Object> header;

	private final Map<String, Object> claims;

	private final byte[] signingInput;

	private final byte[] signature;

	private Jwt(Map<String, Object> header, Map<String, Object> claims, byte[] signingInput, byte[] signature) {
		this.header = header;
		this.claims = claims;
		this.signingInput = signingInput;
		this.signature = signature;
	}

	/**
	 * Read a compact JWS without checking its signature.
	 * @throws IllegalArgumentException if the token is not a JWS with JSON header and claims
	 */
	static Jwt parse(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("a JWT has three parts");
		}
		Base64.Decoder decoder = Base64.getUrlDecoder();
		return new Jwt(Json.parseObject(new String(decoder.decode(parts[0]), StandardCharsets.UTF_8)),
				Json.parseObject(new String(decoder.decode(parts[1]), StandardCharsets.UTF_8)),
				(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), decoder.decode(parts[2]));
	}

	/**
	 * Sign claims with RS256.
	 * @param keyId the key's ID, the header's kid
	 * @param claims the claims
	 * @param key the RSA private key
	 * @return the compact JWS
	 */
	static String sign(String keyId, Map<String, ?> claims, PrivateKey key) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "RS256");
		header.put("kid", keyId);
		header.put("typ", "JWT");
		String signingInput = encode(Json.write(header)) + "." + encode(Json.write(claims));
		try {
			Signature signer = Signature.getInstance("SHA256withRSA");
			signer.initSign(key);
			signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + encoder.encodeToString(signer.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a JWT", ex);
		}
	}

	/**
	 * Return whether the token carries a valid RS256 signature of the given key.
	 */
	boolean isSignedBy(PublicKey key) {
		if (!"RS256".equals(this.header.get("alg"))) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(key);
			verifier.update(this.signingInput);
			return verifier.verify(this.signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	@Nullable String header(String name) {
		Object value = this.header.get(name);
		return (value != null) ? String.valueOf(value) : null;
	}

	@Nullable Object claim(String name) {
		return this.claims.get(name);
	}

	@Nullable String stringClaim(String name) {
		return (this.claims.get(name) instanceof String value) ? value : null;
	}

	/**
	 * Return a numeric date claim in epoch seconds, or {@code null} if it is absent or not
	 * a number.
	 */
	@Nullable Long timeClaim(String name) {
		return (this.claims.get(name) instanceof Number value) ? value.longValue() : null;
	}

	/**
	 * Return whether the aud claim, a string or an array, contains the given audience.
	 */
	boolean hasAudience(String audience) {
		Object aud = this.claims.get("aud");
		if (aud instanceof String single) {
			return single.equals(audience);
		}
		return aud instanceof List<?> list && list.contains(audience);
	}

	/**
	 * Return whether the claims make an assertion that ZITADEL accepts, a service user's
	 * (JWT profile grant) or an application's (private_key_jwt): sub equal to iss, aud
	 * containing the instance's issuer exactly, iat at most an hour old and at most a
	 * second in the future, and exp in the future. The caller checks the signature with
	 * the key of iss.
	 * @param issuer the instance's issuer
	 * @param now the instance's current time
	 */
	boolean isValidAssertion(String issuer, Instant now) {
		String subject = stringClaim("sub");
		Long issuedAt = timeClaim("iat");
		Long expiresAt = timeClaim("exp");
		if (subject == null || !subject.equals(stringClaim("iss")) || !hasAudience(issuer) || issuedAt == null
				|| expiresAt == null) {
			return false;
		}
		Instant iat = Instant.ofEpochSecond(issuedAt);
		return !iat.isBefore(now.minus(ASSERTION_MAX_AGE)) && !iat.isAfter(now.plus(ASSERTION_FUTURE_LEEWAY))
				&& Instant.ofEpochSecond(expiresAt).isAfter(now);
	}

	static String encode(String text) {
		return encoder.encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	static String encodeUnsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > 1 && bytes[0] == 0) {
			byte[] unsigned = new byte[bytes.length - 1];
			System.arraycopy(bytes, 1, unsigned, 0, unsigned.length);
			bytes = unsigned;
		}
		return encoder.encodeToString(bytes);
	}

}
