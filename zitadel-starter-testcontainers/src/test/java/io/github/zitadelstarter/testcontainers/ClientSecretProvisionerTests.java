package io.github.zitadelstarter.testcontainers;

import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.client.ZitadelCredential;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.TokenEndpointFault;
import io.github.zitadelstarter.test.ZitadelTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Specification of {@link ClientSecretProvisioner} against the ZITADEL test server, with
 * the machine user that {@link TestServerZitadelContainer} sets up as ZITADEL's first
 * instance has it: a personal access token and no client secret.
 */
class ClientSecretProvisionerTests {

	private final ZitadelTestServer server = ZitadelTestServer.start();

	private final ControlledTime time = new ControlledTime();

	private final ClientSecretProvisioner provisioner = new ClientSecretProvisioner(
			new ZitadelApi(this.server.origin()), this.time.polling());

	private final TestServerZitadelContainer container = new TestServerZitadelContainer(this.server);

	private final String personalAccessToken = this.container.getPersonalAccessToken();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void findsTheUserByItsUserNameAndAddsASecretTheTokenEndpointAccepts() {
		ZitadelCredential.ClientSecret credential = this.provisioner.create(this.personalAccessToken,
				ZitadelContainer.SERVICE_USER_NAME);
		assertThat(credential.clientId()).isEqualTo(ZitadelContainer.SERVICE_USER_NAME);
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsExactly(ClientSecretProvisioner.LIST_USERS, ClientSecretProvisioner.ADD_SECRET, "/oauth/v2/token");
		assertThat(json(this.server.requests().get(0))).isEqualTo(Map.of("queries", List.of(Map.of("userNameQuery",
				Map.of("userName", ZitadelContainer.SERVICE_USER_NAME, "method", "TEXT_QUERY_METHOD_EQUALS")))));
		assertThat(json(this.server.requests().get(1)))
			.isEqualTo(Map.of("userId", this.container.serviceUser().userId()));
		assertThat(this.server.tokenRequests()).singleElement()
			.satisfies((request) -> assertThat(request.formValues("scope"))
				.containsExactly("openid urn:zitadel:iam:org:project:id:zitadel:aud"));
		assertThat(this.time.pauses()).isZero();
	}

	@Test
	void retriesTheTokenRequestThroughTheWindowInWhichZitadelDoesNotSeeTheSecretYet() {
		this.server.credentials().setSecretProjectionLag(3);
		ZitadelCredential.ClientSecret credential = this.provisioner.create(this.personalAccessToken,
				ZitadelContainer.SERVICE_USER_NAME);
		assertThat(this.server.tokenRequests()).hasSize(4);
		assertThat(this.time.pauses()).isEqualTo(3);
		assertThat(credential.clientSecret()).isNotBlank();
	}

	@Test
	void givesUpWhenTheSecretDoesNotArriveInTimeAndNeverSaysIt() {
		this.server.credentials().setSecretProjectionLag(1000);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.provisioner.create(this.personalAccessToken, ZitadelContainer.SERVICE_USER_NAME))
			.withMessage("Gave up waiting for the new client secret of '" + ZitadelContainer.SERVICE_USER_NAME
					+ "' at the token endpoint: HTTP 400 error=invalid_request"
					+ " error_description=Errors.User.Machine.Secret.NotExisting");
		assertThat(this.time.pauses()).as("every half second for 30 seconds").isEqualTo(60);
	}

	@Test
	void waitsForTheUserToAppearInListUsers() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.provisioner.create(this.personalAccessToken, "not-there-yet"))
			.withMessage("Gave up waiting for machine user 'not-there-yet' in ListUsers: no user named"
					+ " 'not-there-yet' yet");
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsOnly(ClientSecretProvisioner.LIST_USERS);
	}

	@Test
	void aRefusedCallFailsAtOnce() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.provisioner.create("revoked-token", ZitadelContainer.SERVICE_USER_NAME))
			.withMessage("ListUsers refused: HTTP 401 code=unauthenticated message=Token is invalid (AUTH-7fs1e)");
		assertThat(this.time.pauses()).isZero();
	}

	@Test
	void zitadelBrieflyUnavailableIsWaitedFor() {
		this.server.failNextTokenRequests(1, TokenEndpointFault.serviceUnavailable());
		this.server.failNextTokenRequests(1, TokenEndpointFault.tooManyRequests());
		this.provisioner.create(this.personalAccessToken, ZitadelContainer.SERVICE_USER_NAME);
		assertThat(this.server.tokenRequests()).hasSize(3);
		assertThat(this.time.pauses()).isEqualTo(2);
	}

	@Test
	void aPlainTextRefusalSaysWhatZitadelAnswered() {
		this.server.setExternalDomain("zitadel.example.com");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.provisioner.create(this.personalAccessToken, ZitadelContainer.SERVICE_USER_NAME))
			.withMessageStartingWith("ListUsers refused: HTTP 404 unable to set instance using origin");
	}

	private static Map<String, Object> json(RecordedRequest request) {
		return JsonParserFactory.getJsonParser().parseMap(request.body());
	}

}
