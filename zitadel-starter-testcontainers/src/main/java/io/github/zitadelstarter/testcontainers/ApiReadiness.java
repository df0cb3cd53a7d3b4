package io.github.zitadelstarter.testcontainers;

import java.time.Duration;
import java.time.Instant;

import io.github.zitadelstarter.testcontainers.Polling.Outcome;

/**
 * ZITADEL's readiness for a test's calls, beyond its own {@code /debug/ready}: its
 * discovery document names as issuer the origin the test reaches it at, and the service
 * user's personal access token passes an authenticated call.
 * <p>
 * ZITADEL takes its issuer from each request's host, port included for localhost and IP
 * addresses, so the mapped port of a container appears in it. A JWT profile assertion's
 * audience is the origin the client calls, so a different issuer would make ZITADEL
 * refuse every assertion: that is checked once, here, instead of failing each test.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ApiReadiness {

	static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

	static final String AUTHENTICATED_PATH = "/auth/v1/users/me";

	private final ZitadelApi api;

	private final Polling polling;

	ApiReadiness(ZitadelApi api, Polling polling) {
		this.api = api;
		this.polling = polling;
	}

	/**
	 * Wait until ZITADEL answers an authenticated call.
	 * @param personalAccessToken the service user's personal access token
	 * @param timeout how long to wait at most
	 * @throws IllegalStateException if the issuer is not the origin, or the timeout
	 * passes first
	 */
	void await(String personalAccessToken, Duration timeout) {
		Instant deadline = this.polling.deadline(timeout);
		String issuer = this.polling.until("ZITADEL's discovery document at " + this.api.origin(), deadline, () -> {
			ZitadelApi.Response response = this.api.get(DISCOVERY_PATH, null);
			Object value = response.isOk() ? response.json().get("issuer") : null;
			return (value != null) ? Outcome.done(value.toString()) : Outcome.notYet(response.error());
		});
		String origin = this.api.origin().toString();
		if (!issuer.equals(origin)) {
			throw new IllegalStateException("ZITADEL's issuer is " + issuer + " where tests reach it at " + origin
					+ ": it would refuse the starter's JWT profile assertions, whose audience is " + origin
					+ ". ZITADEL keeps the port in its issuer for localhost and IP addresses only: reach the Docker"
					+ " host through one, for example with TESTCONTAINERS_HOST_OVERRIDE set to its IP address.");
		}
		this.polling.until("an authenticated call to " + AUTHENTICATED_PATH + " with the personal access token",
				deadline, () -> {
					ZitadelApi.Response response = this.api.get(AUTHENTICATED_PATH, personalAccessToken);
					return response.isOk() ? Outcome.done(true) : Outcome.notYet(response.error());
				});
	}

}
