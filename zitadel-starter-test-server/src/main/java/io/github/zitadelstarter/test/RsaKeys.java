package io.github.zitadelstarter.test;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RSA keys in the forms ZITADEL writes them: private keys as PKCS#1 PEM
 * ("BEGIN RSA PRIVATE KEY") in key files, public keys as JWKs.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class RsaKeys {

	private RsaKeys() {
	}

	static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate an RSA key", ex);
		}
	}

	/**
	 * Write a private key as PKCS#1 PEM, as ZITADEL's key files hold it. The JDK encodes
	 * private keys as PKCS#8, whose last element is the PKCS#1 key as an octet string.
	 */
	static String pkcs1Pem(RSAPrivateKey key) {
		byte[] pkcs8 = key.getEncoded();
		int[] position = { 0 };
		expect(pkcs8, position, 0x30);
		readLength(pkcs8, position);
		skipElement(pkcs8, position);
		skipElement(pkcs8, position);
		expect(pkcs8, position, 0x04);
		int length = readLength(pkcs8, position);
		byte[] pkcs1 = new byte[length];
		System.arraycopy(pkcs8, position[0], pkcs1, 0, length);
		return pem("RSA PRIVATE KEY", pkcs1);
	}

	static Map<String, Object> jwk(RSAPublicKey key, String keyId) {
		Map<String, Object> jwk = new LinkedHashMap<>();
		jwk.put("use", "sig");
		jwk.put("kty", "RSA");
		jwk.put("kid", keyId);
		jwk.put("alg", "RS256");
		jwk.put("n", Jwt.encodeUnsigned(key.getModulus()));
		jwk.put("e", Jwt.encodeUnsigned(key.getPublicExponent()));
		return jwk;
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	private static void expect(byte[] der, int[] position, int tag) {
		if ((der[position[0]++] & 0xff) != tag) {
			throw new IllegalStateException("Unexpected DER tag in the JDK's PKCS#8 encoding");
		}
	}

	private static void skipElement(byte[] der, int[] position) {
		position[0]++;
		int length = readLength(der, position);
		position[0] += length;
	}

	private static int readLength(byte[] der, int[] position) {
		int first = der[position[0]++] & 0xff;
		if (first < 0x80) {
			return first;
		}
		int length = 0;
		for (int i = 0; i < (first & 0x7f); i++) {
			length = (length << 8) | (der[position[0]++] & 0xff);
		}
		return length;
	}

}
