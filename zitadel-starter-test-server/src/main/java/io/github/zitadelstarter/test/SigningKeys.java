package io.github.zitadelstarter.test;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The instance's web keys: the newest signs JWT access tokens, and all of them are served
 * at /oauth/v2/keys, so that tokens signed before a rotation stay valid. The first key is
 * made when first needed, as RSA key generation takes a while.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class SigningKeys {

	private final List<SigningKey> keys = new ArrayList<>();

	/**
	 * Sign claims with the newest key.
	 */
	synchronized String sign(Map<String, ?> claims) {
		SigningKey key = current();
		return Jwt.sign(key.id(), claims, key.pair().getPrivate());
	}

	/**
	 * Make a new key that signs from now on; the previous keys are still served.
	 */
	synchronized void rotate() {
		this.keys.add(new SigningKey(Instance.randomString(12), RsaKeys.generate()));
	}

	/**
	 * Return the public keys as a JSON Web Key Set.
	 */
	synchronized Map<String, Object> jwks() {
		current();
		return Map.of("keys",
				this.keys.stream().map((key) -> RsaKeys.jwk((RSAPublicKey) key.pair().getPublic(), key.id())).toList());
	}

	private SigningKey current() {
		if (this.keys.isEmpty()) {
			rotate();
		}
		return this.keys.get(this.keys.size() - 1);
	}

	private record SigningKey(String id, KeyPair pair) {

	}

}
