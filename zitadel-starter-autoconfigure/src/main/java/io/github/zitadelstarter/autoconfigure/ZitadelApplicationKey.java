package io.github.zitadelstarter.autoconfigure;

import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.util.StringUtils;

/**
 * The key of a ZITADEL API application, read from the JSON file that ZITADEL's console
 * downloads ({@code "type":"application"}, keyId, key, appId, clientId). Its private key
 * signs the private_key_jwt assertions of introspection requests.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelApplicationKey {

	private static final String PROPERTY = "zitadel.resource-server.key";

	private static final String ACTION = "Set zitadel.resource-server.key to the JSON key file of the API application, created in ZITADEL under the application's keys (\"type\":\"application\").";

	private final String keyId;

	private final String clientId;

	private final RSAPrivateKey privateKey;

	private ZitadelApplicationKey(String keyId, String clientId, RSAPrivateKey privateKey) {
		this.keyId = keyId;
		this.clientId = clientId;
		this.privateKey = privateKey;
	}

	/**
	 * Read a key file.
	 * @throws InvalidZitadelPropertyException if it is not an application's key file
	 */
	static ZitadelApplicationKey parse(String json) {
		Map<String, Object> file;
		try {
			file = JSONObjectUtils.parse(json);
		}
		catch (ParseException ex) {
			throw new InvalidZitadelPropertyException(PROPERTY, "it is not JSON", ACTION);
		}
		Object type = file.get("type");
		if ("serviceaccount".equals(type)) {
			throw new InvalidZitadelPropertyException(PROPERTY,
					"it is a service user's key (\"type\":\"serviceaccount\"), but introspection authenticates as the API application",
					"Create a key for the API application in ZITADEL (\"type\":\"application\") and set it here; ZITADEL refuses introspection by service users (ZITADEL issue #5559).");
		}
		if (!"application".equals(type)) {
			throw new InvalidZitadelPropertyException(PROPERTY, "its type is not \"application\"", ACTION);
		}
		String keyId = text(file, "keyId");
		String clientId = text(file, "clientId");
		String pem = text(file, "key");
		PrivateKey privateKey;
		try {
			privateKey = PemContent.of(pem).getPrivateKey();
		}
		catch (RuntimeException ex) {
			privateKey = null;
		}
		if (!(privateKey instanceof RSAPrivateKey rsaKey)) {
			throw new InvalidZitadelPropertyException(PROPERTY, "its key is not an RSA private key in PEM form",
					ACTION);
		}
		return new ZitadelApplicationKey(keyId, clientId, rsaKey);
	}

	private static String text(Map<String, Object> file, String field) {
		if (file.get(field) instanceof String value && StringUtils.hasText(value)) {
			return value;
		}
		throw new InvalidZitadelPropertyException(PROPERTY, "it has no " + field, ACTION);
	}

	String keyId() {
		return this.keyId;
	}

	String clientId() {
		return this.clientId;
	}

	RSAPrivateKey privateKey() {
		return this.privateKey;
	}

	@Override
	public String toString() {
		return "ZitadelApplicationKey[keyId=" + this.keyId + ", clientId=" + this.clientId + "]";
	}

}
