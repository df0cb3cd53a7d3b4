package io.github.zitadelstarter.autoconfigure;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import io.github.zitadelstarter.client.InvalidZitadelKeyException;
import io.github.zitadelstarter.client.ZitadelKeyFile;

/**
 * The key of a ZITADEL API application, read from the JSON file that ZITADEL's console
 * downloads ({@code "type":"application"}, keyId, key, appId, clientId). Its private key
 * signs the private_key_jwt assertions of introspection requests.
 *
 * @param keyId the key's ID, the kid of each assertion
 * @param clientId the application's client ID, the issuer and subject of each assertion
 * @param publicKey the public key, which ZITADEL verifies the assertions with
 * @param privateKey the private key
 * @author ZITADEL Spring Boot Starter contributors
 */
record ZitadelApplicationKey(String keyId, String clientId, RSAPublicKey publicKey,
		RSAPrivateKey privateKey) implements ZitadelApplicationCredential {

	private static final String PROPERTY = "zitadel.resource-server.key";

	/**
	 * Read the key file that zitadel.resource-server.key holds.
	 * @throws InvalidZitadelPropertyException if it is not an application's key file
	 */
	static ZitadelApplicationKey parse(String json) {
		ZitadelKeyFile file;
		try {
			file = ZitadelKeyFile.parse(json, ZitadelKeyFile.Type.APPLICATION);
		}
		catch (InvalidZitadelKeyException ex) {
			throw new InvalidZitadelPropertyException(PROPERTY, ex.getMessage(), ex.getAction());
		}
		return new ZitadelApplicationKey(file.keyId(), file.ownerId(), file.publicKey(), file.privateKey());
	}

	@Override
	public String toString() {
		return "ZitadelApplicationKey[keyId=" + this.keyId + ", clientId=" + this.clientId + ", privateKey=******]";
	}

}
