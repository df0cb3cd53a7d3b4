package io.github.zitadelstarter.test;

import java.io.IOException;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * ZITADEL's JWT profile grant at the token endpoint: the service user proves itself with
 * an assertion signed by one of its keys, with no client authentication. The assertion is
 * checked as ZITADEL checks it: RS256 signature of the key found by kid and iss, sub =
 * iss, aud containing the issuer exactly, iat present, at most an hour old and at most a
 * second in the future, exp in the future, the key not expired. ZITADEL answers every
 * assertion it cannot verify with 500 server_error "Errors.Internal", and so does this.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class JwtProfileGrant {

	static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private final Instance instance;

	JwtProfileGrant(Instance instance) {
		this.instance = instance;
	}

	/**
	 * Return the user the request's assertion proves, or answer ZITADEL's error and return
	 * {@code null}.
	 */
	@Nullable User authenticate(Exchange exchange) throws IOException {
		String assertion = exchange.formValue("assertion");
		if (assertion == null || assertion.isBlank()) {
			exchange.sendOAuthError("invalid_request", "assertion missing");
			return null;
		}
		User user = verifiedUser(assertion);
		if (user == null) {
			exchange.sendOAuthError("server_error", "Errors.Internal");
		}
		return user;
	}

	private @Nullable User verifiedUser(String assertion) {
		Jwt jwt;
		try {
			jwt = Jwt.parse(assertion);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String issuer = jwt.stringClaim("iss");
		String keyId = jwt.header("kid");
		User user = (issuer != null) ? this.instance.user(issuer) : null;
		User.MachineKey key = (user != null && keyId != null) ? user.keys().get(keyId) : null;
		Instant now = this.instance.now();
		if (key == null || (key.expiresAt() != null && !now.isBefore(key.expiresAt()))
				|| !jwt.isSignedBy(key.publicKey())) {
			return null;
		}
		return jwt.isValidAssertion(this.instance.issuer(), now) ? user : null;
	}

}
