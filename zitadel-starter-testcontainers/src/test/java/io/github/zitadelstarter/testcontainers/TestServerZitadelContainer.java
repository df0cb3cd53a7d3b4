package io.github.zitadelstarter.testcontainers;

import java.net.URI;

import io.github.zitadelstarter.test.ServiceUser;
import io.github.zitadelstarter.test.ZitadelTestServer;

/**
 * A {@link ZitadelContainer} whose ZITADEL is the in-process test server, with the
 * service user that ZITADEL's first instance gives the container: named
 * {@value ZitadelContainer#SERVICE_USER_NAME}, with a personal access token and a key,
 * without a client secret. Docker is not involved: starting and stopping do nothing.
 */
class TestServerZitadelContainer extends ZitadelContainer {

	private final ZitadelTestServer server;

	private final ServiceUser serviceUser;

	private final String personalAccessToken;

	private final String keyJson;

	TestServerZitadelContainer(ZitadelTestServer server) {
		this.server = server;
		this.serviceUser = server.addServiceUser(SERVICE_USER_NAME, "removed", server.organization());
		server.credentials().removeClientSecret(this.serviceUser);
		this.personalAccessToken = server.credentials().addPersonalAccessToken(this.serviceUser);
		this.keyJson = server.credentials().addKey(this.serviceUser).json();
	}

	ServiceUser serviceUser() {
		return this.serviceUser;
	}

	@Override
	public void start() {
	}

	// Resolving the image needs Docker
	@Override
	public String getDockerImageName() {
		return DEFAULT_IMAGE.asCanonicalNameString();
	}

	@Override
	public URI getOrigin() {
		return this.server.origin();
	}

	@Override
	public String getPersonalAccessToken() {
		return this.personalAccessToken;
	}

	@Override
	public String getKeyJson() {
		return this.keyJson;
	}

}
