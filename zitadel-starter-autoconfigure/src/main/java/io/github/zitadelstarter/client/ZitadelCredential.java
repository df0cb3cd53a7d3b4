package io.github.zitadelstarter.client;

import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * How the service user authenticates at ZITADEL. ZITADEL gives a service user three kinds
 * of credentials; the starter takes exactly one:
 * <ul>
 * <li>{@link ClientSecret}: username and client secret, exchanged for access tokens with
 * the OAuth2 client-credentials grant;</li>
 * <li>{@link ServiceUserKey}: a private key, exchanged for access tokens with ZITADEL's
 * JWT profile grant (a signed assertion), which ZITADEL recommends for production;</li>
 * <li>{@link PersonalAccessToken}: a token sent as it is, with no token request.</li>
 * </ul>
 * {@code toString()} of each describes the credential without its secret part.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public sealed interface ZitadelCredential
		permits ZitadelCredential.ClientSecret, ZitadelCredential.ServiceUserKey, ZitadelCredential.PersonalAccessToken {

	/**
	 * Return a client secret credential.
	 * @param clientId the service user's username, which ZITADEL takes as the OAuth2
	 * client ID (not its numeric user ID)
	 * @param clientSecret the client secret generated for the service user
	 * @return the credential
	 */
	static ClientSecret clientSecret(String clientId, String clientSecret) {
		return new ClientSecret(clientId, clientSecret);
	}

	/**
	 * Return the key of a ZITADEL key file, the JSON that ZITADEL's console offers for
	 * download when a key is added to a service user.
	 * @param keyJson the key file's content
	 * @return the credential
	 * @throws InvalidZitadelKeyException if the JSON is not a service user's key file; its
	 * message never contains the key
	 */
	static ServiceUserKey key(String keyJson) {
		ZitadelKeyFile file = ZitadelKeyFile.parse(keyJson, ZitadelKeyFile.Type.SERVICE_USER);
		return new ServiceUserKey(file.keyId(), file.ownerId(), file.privateKey(), file.expiresAt());
	}

	/**
	 * Return a personal access token credential.
	 * @param token the token, as ZITADEL showed it when it was created
	 * @return the credential
	 */
	static PersonalAccessToken personalAccessToken(String token) {
		return new PersonalAccessToken(token);
	}

	/**
	 * Describe the credential for a log line, without its secret part: its kind and the
	 * service user or key it belongs to.
	 * @return the description
	 */
	String description();

	/**
	 * The service user's username and a client secret generated for it.
	 *
	 * @param clientId the username, which ZITADEL takes as the OAuth2 client ID
	 * @param clientSecret the client secret
	 */
	record ClientSecret(String clientId, String clientSecret) implements ZitadelCredential {

		public ClientSecret {
			Assert.hasText(clientId, "clientId must not be empty");
			Assert.hasText(clientSecret, "clientSecret must not be empty");
		}

		@Override
		public String description() {
			return "client secret of service user '" + this.clientId + "'";
		}

		@Override
		public String toString() {
			return "ClientSecret[clientId=" + this.clientId + ", clientSecret=******]";
		}

	}

	/**
	 * A key of the service user: the private key whose public key ZITADEL holds, with
	 * the key's and the user's IDs, as a ZITADEL key file has them.
	 *
	 * @param keyId the key's ID, sent as the kid of each assertion
	 * @param userId the service user's numeric user ID, the issuer and subject of each
	 * assertion
	 * @param privateKey the RSA private key
	 * @param expiresAt when ZITADEL stops accepting the key, or {@code null} if it does
	 * not expire
	 */
	record ServiceUserKey(String keyId, String userId, RSAPrivateCrtKey privateKey,
			@Nullable Instant expiresAt) implements ZitadelCredential {

		public ServiceUserKey {
			Assert.hasText(keyId, "keyId must not be empty");
			Assert.hasText(userId, "userId must not be empty");
			Assert.notNull(privateKey, "privateKey must not be null");
		}

		/**
		 * Return the public key of the key pair, which ZITADEL verifies assertions with.
		 * @return the public key
		 */
		public RSAPublicKey publicKey() {
			return ZitadelKeyFile.publicKey(this.privateKey);
		}

		@Override
		public String description() {
			return "key " + this.keyId + " of service user " + this.userId
					+ ((this.expiresAt != null) ? " (expires " + this.expiresAt + ")" : "");
		}

		@Override
		public String toString() {
			return "ServiceUserKey[keyId=" + this.keyId + ", userId=" + this.userId + ", expiresAt=" + this.expiresAt
					+ ", privateKey=******]";
		}

	}

	/**
	 * A personal access token of the service user.
	 *
	 * @param token the token
	 */
	record PersonalAccessToken(String token) implements ZitadelCredential {

		public PersonalAccessToken {
			Assert.hasText(token, "token must not be empty");
		}

		@Override
		public String description() {
			return "personal access token";
		}

		@Override
		public String toString() {
			return "PersonalAccessToken[token=******]";
		}

	}

}
