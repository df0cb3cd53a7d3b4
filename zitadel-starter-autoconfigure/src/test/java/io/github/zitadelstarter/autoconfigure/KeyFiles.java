package io.github.zitadelstarter.autoconfigure;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * Key files in the forms a developer may hand the starter, for tests of what it accepts
 * and refuses. The test server writes ZITADEL's own form (PKCS#1); these are the others.
 */
final class KeyFiles {

	private KeyFiles() {
	}

	static String json(String type, String keyId, String pem, String userId) {
		return "{\"type\":\"" + type + "\",\"keyId\":\"" + keyId + "\",\"key\":\"" + pem.replace("\n", "\\n")
				+ "\",\"expirationDate\":\"0001-01-01T00:00:00Z\",\"userId\":\"" + userId + "\"}";
	}

	static String pkcs8RsaPem() {
		return pem("PRIVATE KEY", rsaKeyPair().getPrivate().getEncoded());
	}

	static KeyPair rsaKeyPair() {
		return generate("RSA", null);
	}

	static String ecPem() {
		return pem("PRIVATE KEY", generate("EC", new ECGenParameterSpec("secp256r1")).getPrivate().getEncoded());
	}

	private static KeyPair generate(String algorithm, ECGenParameterSpec spec) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			if (spec != null) {
				generator.initialize(spec);
			}
			else {
				generator.initialize(2048);
			}
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
