package io.github.zitadelstarter.testcontainers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.testcontainers.Polling.Outcome;

/**
 * Creates a client secret for a machine user through ZITADEL's User Service v2: finds the
 * user by its username ({@code ListUsers}), adds a secret ({@code AddSecret}), and waits
 * until the token endpoint accepts it. ZITADEL's token endpoint reads a projection that
 * catches up shortly after AddSecret answers; until then it answers
 * Errors.User.Machine.Secret.NotExisting (or Errors.User.Machine.Secret.Invalid when the
 * new secret replaced another), so those answers are retried.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ClientSecretProvisioner {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	static final String LIST_USERS = "/zitadel.user.v2.UserService/ListUsers";

	static final String ADD_SECRET = "/zitadel.user.v2.UserService/AddSecret";

	static final String SCOPE = "openid urn:zitadel:iam:org:project:id:zitadel:aud";

	private static final List<String> NOT_PROJECTED_YET = List.of("Errors.User.Machine.Secret.NotExisting",
			"Errors.User.Machine.Secret.Invalid");

	private final ZitadelApi api;

	private final Polling polling;

	ClientSecretProvisioner(ZitadelApi api, Polling polling) {
		this.api = api;
		this.polling = polling;
	}

	/**
	 * Create a client secret for the machine user with the given username.
	 * @param personalAccessToken a personal access token allowed to read users and
	 * write the user's secret (IAM_OWNER, for example)
	 * @param userName the machine user's username, its client ID
	 * @return the client ID and the new secret, accepted by the token endpoint
	 * @throws IllegalStateException if ZITADEL refuses a call, or the user or the secret
	 * does not appear in time; the message never contains the secret
	 */
	ZitadelCredential.ClientSecret create(String personalAccessToken, String userName) {
		Instant deadline = this.polling.deadline(TIMEOUT);
		String userId = this.polling.until("machine user '" + userName + "' in ListUsers", deadline, () -> {
			ZitadelApi.Response response = this.api.connect(LIST_USERS, personalAccessToken, Map.of("queries",
					List.of(Map.of("userNameQuery", Map.of("userName", userName, "method", "TEXT_QUERY_METHOD_EQUALS")))));
			if (!response.isOk()) {
				return retryIfUnavailable(response, "ListUsers");
			}
			Object result = response.json().get("result");
			if (result instanceof List<?> users && !users.isEmpty() && users.get(0) instanceof Map<?, ?> user
					&& user.get("userId") != null) {
				return Outcome.done(user.get("userId").toString());
			}
			return Outcome.notYet("no user named '" + userName + "' yet");
		});
		ZitadelApi.Response added = this.polling.until("AddSecret", deadline, () -> {
			ZitadelApi.Response response = this.api.connect(ADD_SECRET, personalAccessToken, Map.of("userId", userId));
			return response.isOk() ? Outcome.done(response) : retryIfUnavailable(response, "AddSecret");
		});
		Object secret = added.json().get("clientSecret");
		if (secret == null) {
			throw new IllegalStateException("ZITADEL's AddSecret answered without a clientSecret");
		}
		String clientSecret = secret.toString();
		this.polling.until("the new client secret of '" + userName + "' at the token endpoint", deadline, () -> {
			ZitadelApi.Response response = this.api.clientCredentialsToken(userName, clientSecret, SCOPE);
			if (response.isOk()) {
				return Outcome.done(true);
			}
			Object description = response.json().get("error_description");
			if (description != null && NOT_PROJECTED_YET.contains(description.toString())) {
				return Outcome.notYet(response.error());
			}
			return retryIfUnavailable(response, "The token endpoint");
		});
		return ZitadelCredential.clientSecret(userName, clientSecret);
	}

	// ZITADEL that is briefly unavailable (5xx) or busy (429) is waited for; another
	// refusal is final.
	private static <T> Outcome<T> retryIfUnavailable(ZitadelApi.Response response, String call) {
		if (response.status() >= 500 || response.status() == 429) {
			return Outcome.notYet(response.error());
		}
		throw new IllegalStateException(call + " refused: " + response.error());
	}

}
