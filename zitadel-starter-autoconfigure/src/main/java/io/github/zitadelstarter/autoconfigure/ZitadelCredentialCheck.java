package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.zitadelstarter.client.ZitadelConnectionDetails;
import io.github.zitadelstarter.client.ZitadelCredential;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.ClassUtils;

/**
 * Says once, at startup, which credential the service user has (never its secret part),
 * warns about a key that expires soon or has expired, and stops the startup when a key is
 * configured but the library that signs its assertions is missing. An expired key from the
 * zitadel.* properties has already stopped the startup; one from a ZitadelConnectionDetails
 * bean of the application, which may replace it while the application runs, gets a
 * warning.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelCredentialCheck implements SmartInitializingSingleton {

	static final Duration EXPIRY_WARNING = Duration.ofDays(7);

	private static final Log logger = LogFactory.getLog(ZitadelCredentialCheck.class);

	private static final String ENCODER = "org.springframework.security.oauth2.jwt.NimbusJwtEncoder";

	private final ZitadelConnectionDetails connectionDetails;

	private final Clock clock;

	ZitadelCredentialCheck(ZitadelConnectionDetails connectionDetails, Clock clock) {
		this.connectionDetails = connectionDetails;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ZitadelCredential credential = this.connectionDetails.getCredential();
		if (credential instanceof ZitadelCredential.ServiceUserKey key) {
			check(key);
		}
		logger.info("Calling ZITADEL at " + this.connectionDetails.getOrigin() + " with the "
				+ credential.description());
	}

	private void check(ZitadelCredential.ServiceUserKey key) {
		if (!ClassUtils.isPresent(ENCODER, getClass().getClassLoader())) {
			throw new InvalidZitadelPropertyException(
					List.of(PropertiesZitadelConnectionDetails.KEY_FILE, PropertiesZitadelConnectionDetails.KEY_JSON),
					"a key needs Spring Security's JOSE support to sign its assertions, which is not on the class path",
					"Add the dependency org.springframework.security:spring-security-oauth2-jose (the zitadel-starter"
							+ " brings it), or use another credential.");
		}
		Instant expiresAt = key.expiresAt();
		if (expiresAt == null) {
			return;
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(expiresAt)) {
			logger.warn("The ZITADEL key " + key.keyId() + " expired on " + expiresAt
					+ ": ZITADEL will refuse its assertions. Add a new key to the service user and configure it.");
		}
		else if (now.plus(EXPIRY_WARNING).isAfter(expiresAt)) {
			logger.warn("The ZITADEL key " + key.keyId() + " expires on " + expiresAt + ", in less than "
					+ EXPIRY_WARNING.toDays() + " days. Add a new key to the service user and configure it before then.");
		}
	}

}
