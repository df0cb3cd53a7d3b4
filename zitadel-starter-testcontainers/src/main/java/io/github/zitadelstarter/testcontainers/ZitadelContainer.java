package io.github.zitadelstarter.testcontainers;

import java.net.URI;
import java.time.Duration;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.github.zitadelstarter.client.ZitadelCredential;
import org.jspecify.annotations.Nullable;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitAllStrategy;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A ZITADEL instance for tests: ZITADEL's own image, started from an empty PostgreSQL
 * database of its own (or one passed in), with a service user that has the IAM_OWNER
 * role, a personal access token and a key.
 * <p>
 * ZITADEL runs {@code start-from-init} with TLS disabled. Its external domain is the host
 * Testcontainers reaches it at ({@code localhost} with a local Docker), so that it serves
 * the requests of tests, and it takes its issuer from each request, so that the issuer is
 * the {@link #getOrigin() origin} with the mapped port, as the JWT profile needs. The
 * container counts as started when {@code /debug/ready} answers and an authenticated call
 * with the personal access token succeeds, within the startup timeout (3 minutes unless
 * {@link #withStartupTimeout(Duration)} says otherwise).
 * <pre class="code">
 * &#064;Container
 * &#064;ServiceConnection
 * static ZitadelContainer zitadel = new ZitadelContainer();
 * </pre>
 * With {@code @ServiceConnection}, the ZITADEL starter connects as the service user, with
 * its key unless {@link #withServiceConnectionCredential(Credential)} chooses another
 * credential.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public class ZitadelContainer extends GenericContainer<ZitadelContainer> {

	/**
	 * ZITADEL's image this module is made for.
	 */
	public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("ghcr.io/zitadel/zitadel:v4.17.1");

	/**
	 * PostgreSQL's image of the database the container starts unless one is passed in.
	 */
	public static final DockerImageName DEFAULT_POSTGRES_IMAGE = DockerImageName.parse("postgres:17-alpine");

	/**
	 * How long the container may take to start unless told otherwise.
	 */
	public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(3);

	/**
	 * Username of the service user ZITADEL creates in its first instance, which is also
	 * its OAuth2 client ID.
	 */
	public static final String SERVICE_USER_NAME = "zitadel-admin-sa";

	private static final DockerImageName ZITADEL_IMAGE = DockerImageName.parse("ghcr.io/zitadel/zitadel");

	static final int PORT = 8080;

	// ZITADEL requires exactly 32 characters; a test instance keeps nothing worth protecting
	static final String MASTER_KEY = "MasterkeyNeedsToHave32Characters";

	static final String POSTGRES_ALIAS = "zitadel-db";

	private PostgreSQLContainer postgres;

	private boolean ownPostgres;

	private Credential serviceConnectionCredential = Credential.KEY;

	private volatile @Nullable String personalAccessToken;

	private volatile @Nullable String keyJson;

	private ZitadelCredential.@Nullable ClientSecret clientSecret;

	/**
	 * Create a container of ZITADEL's {@link #DEFAULT_IMAGE default image}.
	 */
	public ZitadelContainer() {
		this(DEFAULT_IMAGE);
	}

	/**
	 * Create a container of the given ZITADEL image.
	 * @param image the image, such as {@code ghcr.io/zitadel/zitadel:v4.17.1}
	 */
	public ZitadelContainer(String image) {
		this(DockerImageName.parse(image));
	}

	/**
	 * Create a container of the given ZITADEL image.
	 * @param image the image, ZITADEL's or one declared a compatible substitute for it
	 */
	public ZitadelContainer(DockerImageName image) {
		super(image);
		image.assertCompatibleWith(ZITADEL_IMAGE);
		Network network = Network.newNetwork();
		this.postgres = new PostgreSQLContainer(DEFAULT_POSTGRES_IMAGE).withNetwork(network)
			.withNetworkAliases(POSTGRES_ALIAS);
		this.ownPostgres = true;
		withNetwork(network);
		dependsOn(this.postgres);
		withExposedPorts(PORT);
		withCommand("start-from-init", "--masterkey", MASTER_KEY, "--tlsMode", "disabled");
		withEnv("ZITADEL_EXTERNALSECURE", "false");
		withEnv("ZITADEL_EXTERNALPORT", String.valueOf(PORT));
		withEnv(FirstInstanceServiceUser.environment());
		// The image runs as a user that can write nowhere; the setup writes the files
		withCreateContainerCmdModifier((command) -> command.withUser("0"));
		waitingFor(new WaitAllStrategy().withStrategy(Wait.forHttp("/debug/ready").forPort(PORT).forStatusCode(200))
			.withStrategy(new AuthenticatedApiWaitStrategy())
			.withStartupTimeout(DEFAULT_STARTUP_TIMEOUT));
	}

	/**
	 * Use the given PostgreSQL container as ZITADEL's database instead of one of its own,
	 * reached on its network. ZITADEL creates its database and user there with the
	 * container's user, which must be a superuser (as the image's user is), and provisions
	 * the service user only into an empty instance: give each ZitadelContainer a database
	 * server no other ZITADEL has used.
	 * @param postgres the PostgreSQL container, with a network ({@code withNetwork})
	 * @return this container
	 */
	public ZitadelContainer withPostgres(PostgreSQLContainer postgres) {
		Network network = postgres.getNetwork();
		if (network == null) {
			throw new IllegalArgumentException(
					"The PostgreSQL container has no network for ZITADEL to reach it on: call withNetwork on it");
		}
		this.dependencies.remove(this.postgres);
		this.postgres = postgres;
		this.ownPostgres = false;
		withNetwork(network);
		return dependsOn(postgres);
	}

	/**
	 * Choose the credential of the service user that {@code @ServiceConnection} gives the
	 * ZITADEL starter: its key (the default), its personal access token, or a client secret
	 * created for it through ZITADEL's API.
	 * @param credential the credential
	 * @return this container
	 */
	public ZitadelContainer withServiceConnectionCredential(Credential credential) {
		this.serviceConnectionCredential = credential;
		return this;
	}

	/**
	 * Return the credential of the service user that {@code @ServiceConnection} gives the
	 * ZITADEL starter.
	 * @return the credential
	 */
	public Credential getServiceConnectionCredential() {
		return this.serviceConnectionCredential;
	}

	/**
	 * Return the PostgreSQL container of ZITADEL's database.
	 * @return the PostgreSQL container
	 */
	public PostgreSQLContainer getPostgres() {
		return this.postgres;
	}

	/**
	 * Return the origin tests reach ZITADEL at, which is also its issuer, such as
	 * {@code http://localhost:32768}: the value for {@code zitadel.domain}.
	 * @return the origin
	 */
	public URI getOrigin() {
		return originOf(this);
	}

	/**
	 * Return the username of the service user, its OAuth2 client ID.
	 * @return {@value #SERVICE_USER_NAME}
	 */
	public String getServiceUserName() {
		return SERVICE_USER_NAME;
	}

	/**
	 * Return the personal access token ZITADEL created for the service user.
	 * @return the token
	 * @throws IllegalStateException if the container has not started
	 */
	public String getPersonalAccessToken() {
		return started(this.personalAccessToken);
	}

	/**
	 * Return the service user's key file, the JSON for {@code zitadel.key-json}.
	 * @return the key file's content
	 * @throws IllegalStateException if the container has not started
	 */
	public String getKeyJson() {
		return started(this.keyJson);
	}

	/**
	 * Return a client secret of the service user, created on the first call through
	 * ZITADEL's User Service (AddSecret, after which the token endpoint needs a moment to
	 * accept the secret: this method returns once it does).
	 * @return the client ID (the username) and the secret
	 * @throws IllegalStateException if the container has not started or ZITADEL refuses
	 */
	public synchronized ZitadelCredential.ClientSecret getClientSecret() {
		if (this.clientSecret == null) {
			String personalAccessToken = getPersonalAccessToken();
			this.clientSecret = new ClientSecretProvisioner(new ZitadelApi(getOrigin()), Polling.standard())
				.create(personalAccessToken, getServiceUserName());
		}
		return this.clientSecret;
	}

	@Override
	protected void configure() {
		withEnv("ZITADEL_EXTERNALDOMAIN", getHost());
		// Any of a container's network aliases reaches it on the network
		withEnv("ZITADEL_DATABASE_POSTGRES_HOST",
				this.ownPostgres ? POSTGRES_ALIAS : this.postgres.getNetworkAliases().get(0));
		withEnv("ZITADEL_DATABASE_POSTGRES_PORT", String.valueOf(PostgreSQLContainer.POSTGRESQL_PORT));
		withEnv("ZITADEL_DATABASE_POSTGRES_DATABASE", "zitadel");
		withEnv("ZITADEL_DATABASE_POSTGRES_USER_USERNAME", "zitadel");
		withEnv("ZITADEL_DATABASE_POSTGRES_USER_PASSWORD", "zitadel");
		withEnv("ZITADEL_DATABASE_POSTGRES_USER_SSL_MODE", "disable");
		withEnv("ZITADEL_DATABASE_POSTGRES_ADMIN_USERNAME", this.postgres.getUsername());
		withEnv("ZITADEL_DATABASE_POSTGRES_ADMIN_PASSWORD", this.postgres.getPassword());
		withEnv("ZITADEL_DATABASE_POSTGRES_ADMIN_EXISTINGDATABASE", this.postgres.getDatabaseName());
		withEnv("ZITADEL_DATABASE_POSTGRES_ADMIN_SSL_MODE", "disable");
	}

	@Override
	protected void containerIsStarted(InspectContainerResponse containerInfo) {
		this.personalAccessToken = FirstInstanceServiceUser.personalAccessToken(this);
		this.keyJson = FirstInstanceServiceUser.keyJson(this);
	}

	/**
	 * Stop the container, and the PostgreSQL container it started itself, and forget the
	 * service user's credentials.
	 */
	@Override
	public void stop() {
		super.stop();
		if (this.ownPostgres) {
			this.postgres.stop();
		}
		synchronized (this) {
			this.personalAccessToken = null;
			this.keyJson = null;
			this.clientSecret = null;
		}
	}

	static URI originOf(ContainerState container) {
		return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT));
	}

	private static String started(@Nullable String value) {
		if (value == null) {
			throw new IllegalStateException("The ZITADEL container has not started");
		}
		return value;
	}

	/**
	 * A credential of the service user.
	 */
	public enum Credential {

		/**
		 * Its key, exchanged for access tokens with ZITADEL's JWT profile grant.
		 */
		KEY,

		/**
		 * Its personal access token.
		 */
		PERSONAL_ACCESS_TOKEN,

		/**
		 * A client secret created for it, exchanged for access tokens with the OAuth2
		 * client-credentials grant.
		 */
		CLIENT_SECRET

	}

}
