package io.github.zitadelstarter.client;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.util.Assert;

/**
 * A key file that ZITADEL's console offers for download when a key of type JSON is added
 * to a service user or to an API application:
 * <pre class="code">
 * {"type":"serviceaccount","keyId":"…","key":"-----BEGIN RSA PRIVATE KEY-----…","expirationDate":"…","userId":"…"}
 * {"type":"application","keyId":"…","key":"-----BEGIN RSA PRIVATE KEY-----…","appId":"…","clientId":"…"}
 * </pre>
 * The private key is PKCS#1 PEM as ZITADEL writes it, or PKCS#8 PEM, read with Spring
 * Boot's PEM support. Problems are reported without the key, and {@code toString()} leaves
 * it out.
 *
 * @param keyId the key's ID, the kid of the assertions signed with it
 * @param ownerId the ID of the key's owner, the issuer and subject of those assertions:
 * the service user's user ID or the application's client ID
 * @param privateKey the RSA private key
 * @param expiresAt when ZITADEL stops accepting the key, or {@code null} if it does not
 * expire
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ZitadelKeyFile(String keyId, String ownerId, RSAPrivateCrtKey privateKey, @Nullable Instant expiresAt) {

	// Go's zero time: ZITADEL writes it for a key added without an expiration date.
	private static final Instant NO_EXPIRATION = Instant.parse("0001-01-01T00:00:00Z");

	public ZitadelKeyFile {
		Assert.hasText(keyId, "keyId must not be empty");
		Assert.hasText(ownerId, "ownerId must not be empty");
		Assert.notNull(privateKey, "privateKey must not be null");
	}

	/**
	 * Read a key file of the given type. A file without a type is taken for one.
	 * @param json the key file's content
	 * @param type whose key the file must hold
	 * @return the key
	 * @throws InvalidZitadelKeyException if the JSON is not a key file of that type; its
	 * message never contains the key
	 */
	public static ZitadelKeyFile parse(String json, Type type) {
		Map<String, Object> file = object(json, type);
		Object fileType = file.get("type");
		if (type.other().fileType.equals(fileType)) {
			throw new InvalidZitadelKeyException(type.otherProblem, type.otherAction);
		}
		if (fileType != null && !type.fileType.equals(fileType)) {
			throw new InvalidZitadelKeyException("its type is '" + fileType + "', not '" + type.fileType + "'",
					type.download);
		}
		return new ZitadelKeyFile(text(file, "keyId", type), text(file, type.ownerField, type),
				privateKey(text(file, "key", type), type), expiration(file.get("expirationDate"), type));
	}

	/**
	 * Return the public key of the key pair, which ZITADEL verifies assertions with.
	 * @return the public key
	 */
	public RSAPublicKey publicKey() {
		return publicKey(this.privateKey);
	}

	static RSAPublicKey publicKey(RSAPrivateCrtKey privateKey) {
		try {
			return (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK cannot derive an RSA public key", ex);
		}
	}

	private static Map<String, Object> object(String json, Type type) {
		try {
			return JSONObjectUtils.parse(json);
		}
		catch (ParseException ex) {
			throw new InvalidZitadelKeyException("it is not a JSON object", type.download);
		}
	}

	private static String text(Map<String, Object> file, String field, Type type) {
		if (file.get(field) instanceof String value && !value.isBlank()) {
			return value.trim();
		}
		throw new InvalidZitadelKeyException("it has no \"" + field + "\"", type.download);
	}

	private static RSAPrivateCrtKey privateKey(String pem, Type type) {
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
		throw new InvalidZitadelKeyException("its \"key\" is not an RSA private key in PEM form", type.download);
	}

	private static @Nullable Instant expiration(@Nullable Object value, Type type) {
		if (!(value instanceof String text) || text.isBlank()) {
			return null;
		}
		try {
			Instant expiration = OffsetDateTime.parse(text.trim()).toInstant();
			return expiration.equals(NO_EXPIRATION) ? null : expiration;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidZitadelKeyException("its \"expirationDate\" '" + text + "' is not a date and time",
					type.download);
		}
	}

	@Override
	public String toString() {
		return "ZitadelKeyFile[keyId=" + this.keyId + ", ownerId=" + this.ownerId + ", expiresAt=" + this.expiresAt
				+ ", privateKey=******]";
	}

	/**
	 * Whose key a key file holds. Each is easily taken for the other, and ZITADEL accepts
	 * neither in the other's place.
	 */
	public enum Type {

		/**
		 * A service user's key ("type":"serviceaccount", with its userId), for ZITADEL's
		 * JWT profile grant.
		 */
		SERVICE_USER("serviceaccount", "userId",
				"Use the JSON file ZITADEL offers for download when you add a key of type JSON to the service user"
						+ " (Users, Service Users, the user, Keys, New), unchanged.",
				"it is the key of an application (\"type\":\"application\"), which a resource server uses to call"
						+ " the introspection endpoint, not a key of the service user",
				"Add a key to the service user itself in ZITADEL (Users, Service Users, the user, Keys, New, type"
						+ " JSON) and use that file."),

		/**
		 * An API application's key ("type":"application", with its clientId), for
		 * private_key_jwt client authentication at the introspection endpoint.
		 */
		APPLICATION("application", "clientId",
				"Use the JSON file ZITADEL offers for download when you add a key of type JSON to the API"
						+ " application (Projects, the project, the application, Keys, New), unchanged.",
				"it is a service user's key (\"type\":\"serviceaccount\"), but introspection authenticates as the"
						+ " API application",
				"Create a key for the API application in ZITADEL (\"type\":\"application\") and use that file;"
						+ " ZITADEL refuses introspection by service users (ZITADEL issue #5559).");

		private final String fileType;

		private final String ownerField;

		private final String download;

		private final String otherProblem;

		private final String otherAction;

		Type(String fileType, String ownerField, String download, String otherProblem, String otherAction) {
			this.fileType = fileType;
			this.ownerField = ownerField;
			this.download = download;
			this.otherProblem = otherProblem;
			this.otherAction = otherAction;
		}

		private Type other() {
			return (this == SERVICE_USER) ? APPLICATION : SERVICE_USER;
		}

	}

}
