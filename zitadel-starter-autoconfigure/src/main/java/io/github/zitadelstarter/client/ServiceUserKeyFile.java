package io.github.zitadelstarter.client;

import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.pem.PemContent;

/**
 * Reads the key file ZITADEL writes for a service user's key:
 * <pre class="code">
 * {"type":"serviceaccount","keyId":"…","key":"-----BEGIN RSA PRIVATE KEY-----…","expirationDate":"…","userId":"…"}
 * </pre>
 * The private key is PKCS#1 PEM as ZITADEL writes it, or PKCS#8 PEM, read with Spring
 * Boot's PEM support. Problems are reported without the key.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ServiceUserKeyFile {

	private static final String DOWNLOAD = "Use the JSON file ZITADEL offers for download when you add a key of"
			+ " type JSON to the service user (Users, Service Users, the user, Keys, New), unchanged.";

	// Go's zero time: ZITADEL writes it for a key added without an expiration date.
	private static final Instant NO_EXPIRATION = Instant.parse("0001-01-01T00:00:00Z");

	private ServiceUserKeyFile() {
	}

	static ZitadelCredential.ServiceUserKey parse(String json) {
		Map<String, Object> file = object(json);
		Object type = file.get("type");
		if ("application".equals(type)) {
			throw new InvalidZitadelKeyException(
					"it is the key of an application (\"type\":\"application\"), which a resource server uses to"
							+ " call the introspection endpoint, not a key of the service user",
					"Add a key to the service user itself in ZITADEL (Users, Service Users, the user, Keys, New,"
							+ " type JSON) and use that file.");
		}
		if (type != null && !"serviceaccount".equals(type)) {
			throw new InvalidZitadelKeyException("its type is '" + type + "', not 'serviceaccount'", DOWNLOAD);
		}
		String keyId = text(file, "keyId");
		String userId = text(file, "userId");
		RSAPrivateCrtKey privateKey = privateKey(text(file, "key"));
		return new ZitadelCredential.ServiceUserKey(keyId, userId, privateKey, expiration(file.get("expirationDate")));
	}

	private static Map<String, Object> object(String json) {
		try {
			return JSONObjectUtils.parse(json);
		}
		catch (ParseException ex) {
			throw new InvalidZitadelKeyException("it is not a JSON object", DOWNLOAD);
		}
	}

	private static String text(Map<String, Object> file, String field) {
		if (file.get(field) instanceof String value && !value.isBlank()) {
			return value.trim();
		}
		throw new InvalidZitadelKeyException("it has no \"" + field + "\"", DOWNLOAD);
	}

	private static RSAPrivateCrtKey privateKey(String pem) {
		PrivateKey key;
		try {
			PemContent content = PemContent.of(pem);
			key = (content != null) ? content.getPrivateKey() : null;
		}
		catch (RuntimeException ex) {
			key = null;
		}
		if (key instanceof RSAPrivateCrtKey rsaKey) {
			return rsaKey;
		}
		throw new InvalidZitadelKeyException("its \"key\" is not an RSA private key in PEM form", DOWNLOAD);
	}

	private static @Nullable Instant expiration(@Nullable Object value) {
		if (!(value instanceof String text) || text.isBlank()) {
			return null;
		}
		try {
			Instant expiration = OffsetDateTime.parse(text.trim()).toInstant();
			return expiration.equals(NO_EXPIRATION) ? null : expiration;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidZitadelKeyException("its \"expirationDate\" '" + text + "' is not a date and time",
					DOWNLOAD);
		}
	}

}
