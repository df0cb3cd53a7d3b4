package io.github.zitadelstarter.client;

import java.time.Instant;

import io.github.zitadelstarter.client.ZitadelKeyFile.Type;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ZitadelKeyFile}: the key files of service users and of API
 * applications, each refused in the other's place. The service user's key file is also
 * specified by {@link ZitadelCredentialTests}.
 */
class ZitadelKeyFileTests {

	@Test
	void readsAnApplicationsKeyFile() {
		ZitadelKeyFile key = ZitadelKeyFile.parse(applicationKeyFile(), Type.APPLICATION);
		assertThat(key.keyId()).isEqualTo("298765432101234567");
		assertThat(key.ownerId()).isEqualTo("298765432101234999@tasks");
		assertThat(key.privateKey()).isEqualTo(TestKeys.keyPair.getPrivate());
		assertThat(key.publicKey()).isEqualTo(TestKeys.keyPair.getPublic());
		assertThat(key.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
	}

	@Test
	void aFileWithoutATypeIsTakenForTheKindAskedFor() {
		String untyped = applicationKeyFile().replace("\"type\":\"application\",", "");
		assertThat(ZitadelKeyFile.parse(untyped, Type.APPLICATION).ownerId()).isEqualTo("298765432101234999@tasks");
	}

	@Test
	void aServiceUsersKeyIsRefusedForAnApplicationAndTheOtherWayRound() {
		String serviceUsers = applicationKeyFile().replace("\"application\"", "\"serviceaccount\"");
		assertThatExceptionOfType(InvalidZitadelKeyException.class)
			.isThrownBy(() -> ZitadelKeyFile.parse(serviceUsers, Type.APPLICATION))
			.withMessage("it is a service user's key (\"type\":\"serviceaccount\"), but introspection"
					+ " authenticates as the API application")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("Create a key for the API application"));
		assertThatExceptionOfType(InvalidZitadelKeyException.class)
			.isThrownBy(() -> ZitadelKeyFile.parse(applicationKeyFile(), Type.SERVICE_USER))
			.withMessageStartingWith("it is the key of an application (\"type\":\"application\")")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("Add a key to the service user itself"));
	}

	@Test
	void anotherTypeIsRefused() {
		String other = applicationKeyFile().replace("\"application\"", "\"user\"");
		assertThatExceptionOfType(InvalidZitadelKeyException.class)
			.isThrownBy(() -> ZitadelKeyFile.parse(other, Type.APPLICATION))
			.withMessage("its type is 'user', not 'application'");
	}

	@Test
	void anApplicationsKeyFileWithoutItsClientIdIsRefusedSayingWhereToGetOne() {
		String withoutClientId = applicationKeyFile().replace("\"clientId\"", "\"client\"");
		assertThatExceptionOfType(InvalidZitadelKeyException.class)
			.isThrownBy(() -> ZitadelKeyFile.parse(withoutClientId, Type.APPLICATION))
			.withMessage("it has no \"clientId\"")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("add a key of type JSON to the API application"));
	}

	@Test
	void toStringLeavesTheKeyOut() {
		String body = TestKeys.pkcs8Pem().split("\n")[1];
		assertThat(ZitadelKeyFile.parse(applicationKeyFile(), Type.APPLICATION).toString()).doesNotContain(body)
			.contains("privateKey=******");
	}

	private static String applicationKeyFile() {
		return "{\"type\":\"application\",\"keyId\":\"298765432101234567\",\"key\":\""
				+ TestKeys.pkcs8Pem().replace("\n", "\\n") + "\",\"expirationDate\":\"2030-01-01T00:00:00Z\","
				+ "\"appId\":\"298765432101234998\",\"clientId\":\"298765432101234999@tasks\"}";
	}

}
