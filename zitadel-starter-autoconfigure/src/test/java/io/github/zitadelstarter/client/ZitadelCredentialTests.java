package io.github.zitadelstarter.client;

import java.security.Signature;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ZitadelCredential}: reading ZITADEL's key files, and describing each
 * credential without its secret.
 */
class ZitadelCredentialTests {

	@Test
	void readsAKeyFileWithAPkcs8KeyAndItsExpiration() throws Exception {
		ZitadelCredential.ServiceUserKey key = ZitadelCredential
			.key(keyFile(TestKeys.pkcs8Pem(), "2030-01-01T00:00:00Z"));
		assertThat(key.keyId()).isEqualTo("298765432101234567");
		assertThat(key.userId()).isEqualTo("298765432101234000");
		assertThat(key.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
		assertThat(key.privateKey()).isEqualTo(TestKeys.keyPair.getPrivate());
		assertThat(key.publicKey()).isEqualTo(TestKeys.keyPair.getPublic());
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initSign(key.privateKey());
		signature.update(new byte[] { 1, 2, 3 });
		byte[] signed = signature.sign();
		signature.initVerify(key.publicKey());
		signature.update(new byte[] { 1, 2, 3 });
		assertThat(signature.verify(signed)).isTrue();
	}

	@Test
	void goZeroTimeMeansTheKeyDoesNotExpire() {
		assertThat(ZitadelCredential.key(keyFile(TestKeys.pkcs8Pem(), "0001-01-01T00:00:00Z")).expiresAt()).isNull();
	}

	@Test
	void anUnreadableExpirationIsRefused() {
		assertThatExceptionOfType(InvalidZitadelKeyException.class)
			.isThrownBy(() -> ZitadelCredential.key(keyFile(TestKeys.pkcs8Pem(), "next year")))
			.withMessage("its \"expirationDate\" 'next year' is not a date and time");
	}

	@Test
	void descriptionsAndToStringsNameNoSecret() {
		ZitadelCredential.ServiceUserKey key = ZitadelCredential
			.key(keyFile(TestKeys.pkcs8Pem(), "2030-01-01T00:00:00Z"));
		assertThat(key.description())
			.isEqualTo("key 298765432101234567 of service user 298765432101234000 (expires 2030-01-01T00:00:00Z)");
		String body = TestKeys.pkcs8Pem().split("\n")[1];
		assertThat(key.toString()).doesNotContain(body).contains("privateKey=******");
		ZitadelCredential.ClientSecret secret = ZitadelCredential.clientSecret("service-user", "s3cret");
		assertThat(secret.description()).isEqualTo("client secret of service user 'service-user'");
		assertThat(secret.toString()).doesNotContain("s3cret");
		ZitadelCredential.PersonalAccessToken pat = ZitadelCredential.personalAccessToken("pat-value");
		assertThat(pat.description()).isEqualTo("personal access token");
		assertThat(pat.toString()).doesNotContain("pat-value");
	}

	private static String keyFile(String pem, String expirationDate) {
		return "{\"type\":\"serviceaccount\",\"keyId\":\"298765432101234567\",\"key\":\"" + pem.replace("\n", "\\n")
				+ "\",\"expirationDate\":\"" + expirationDate + "\",\"userId\":\"298765432101234000\"}";
	}

}
