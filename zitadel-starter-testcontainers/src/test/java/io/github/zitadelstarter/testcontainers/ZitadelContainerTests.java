package io.github.zitadelstarter.testcontainers;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.dockerjava.api.command.CreateContainerCmd;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.HttpWaitStrategy;
import org.testcontainers.containers.wait.strategy.WaitAllStrategy;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Specification of {@link ZitadelContainer}'s configuration: what it asks Docker for, read
 * without starting it (no Docker needed).
 */
class ZitadelContainerTests {

	@Test
	void pinsAZitadelV4Image() {
		assertThat(ZitadelContainer.DEFAULT_IMAGE.getRegistry()).isEqualTo("ghcr.io");
		assertThat(ZitadelContainer.DEFAULT_IMAGE.getRepository()).isEqualTo("zitadel/zitadel");
		assertThat(ZitadelContainer.DEFAULT_IMAGE.getVersionPart()).matches("v4\\.\\d+\\.\\d+");
		assertThat(ZitadelContainer.DEFAULT_POSTGRES_IMAGE.getVersionPart()).startsWith("17");
	}

	@Test
	void takesOtherZitadelTagsButNoOtherImage() {
		assertThat(new ZitadelContainer("ghcr.io/zitadel/zitadel:v4.10.0").getImage().toString())
			.contains("imageName=ghcr.io/zitadel/zitadel:v4.10.0,");
		assertThatIllegalStateException().isThrownBy(() -> new ZitadelContainer("quay.io/keycloak/keycloak:26.0"));
		DockerImageName mirror = DockerImageName.parse("mirror.example.com/zitadel:v4.17.1")
			.asCompatibleSubstituteFor("ghcr.io/zitadel/zitadel");
		assertThat(new ZitadelContainer(mirror).getImage().toString())
			.contains("imageName=mirror.example.com/zitadel:v4.17.1,");
	}

	@Test
	void startsFromInitWithAThirtyTwoCharacterMasterKeyAndTlsDisabled() {
		ZitadelContainer zitadel = new ZitadelContainer();
		assertThat(zitadel.getCommandParts()).containsExactly("start-from-init", "--masterkey",
				ZitadelContainer.MASTER_KEY, "--tlsMode", "disabled");
		assertThat(ZitadelContainer.MASTER_KEY).hasSize(32);
		assertThat(zitadel.getEnvMap()).containsEntry("ZITADEL_EXTERNALSECURE", "false")
			.containsEntry("ZITADEL_EXTERNALPORT", "8080");
		assertThat(zitadel.getExposedPorts()).containsExactly(8080);
	}

	@Test
	void createsAServiceUserWithAPersonalAccessTokenAndAKeyInFiles() {
		assertThat(new ZitadelContainer().getEnvMap())
			.containsEntry("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINE_USERNAME", "zitadel-admin-sa")
			.containsEntry("ZITADEL_FIRSTINSTANCE_PATPATH", "/zitadel-admin-sa.pat")
			.containsEntry("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_PAT_EXPIRATIONDATE", "2099-01-01T00:00:00Z")
			.containsEntry("ZITADEL_FIRSTINSTANCE_MACHINEKEYPATH", "/zitadel-admin-sa.json")
			.containsEntry("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINEKEY_TYPE", "1")
			.containsEntry("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINEKEY_EXPIRATIONDATE", "2099-01-01T00:00:00Z")
			.containsKey("ZITADEL_FIRSTINSTANCE_ORG_MACHINE_MACHINE_NAME");
		assertThat(FirstInstanceServiceUser.PERSONAL_ACCESS_TOKEN_PATH).isEqualTo("/zitadel-admin-sa.pat");
		assertThat(FirstInstanceServiceUser.KEY_PATH).isEqualTo("/zitadel-admin-sa.json");
		assertThat(new ZitadelContainer().getServiceUserName()).isEqualTo("zitadel-admin-sa");
	}

	@Test
	void runsAsRootSoThatTheSetupCanWriteTheFiles() {
		List<String> calls = new ArrayList<>();
		CreateContainerCmd command = (CreateContainerCmd) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { CreateContainerCmd.class }, (proxy, method, args) -> {
					calls.add(method.getName() + ((args != null) ? List.of(args) : List.of()));
					return proxy;
				});
		new ZitadelContainer().getCreateContainerCmdModifiers().forEach((modifier) -> modifier.modify(command));
		assertThat(calls).contains("withUser[0]");
	}

	@Test
	void servesTheHostTestsReachItAtFromAnEmptyDatabaseOfItsOwn() {
		ZitadelContainer zitadel = new LocalZitadelContainer();
		zitadel.configure();
		PostgreSQLContainer postgres = zitadel.getPostgres();
		assertThat(zitadel.getEnvMap()).containsEntry("ZITADEL_EXTERNALDOMAIN", "localhost")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_HOST", "zitadel-db")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_PORT", "5432")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_DATABASE", "zitadel")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_USER_USERNAME", "zitadel")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_USER_SSL_MODE", "disable")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_ADMIN_USERNAME", postgres.getUsername())
			.containsEntry("ZITADEL_DATABASE_POSTGRES_ADMIN_PASSWORD", postgres.getPassword())
			.containsEntry("ZITADEL_DATABASE_POSTGRES_ADMIN_EXISTINGDATABASE", postgres.getDatabaseName())
			.containsEntry("ZITADEL_DATABASE_POSTGRES_ADMIN_SSL_MODE", "disable");
		assertThat(postgres.getNetwork()).isNotNull().isSameAs(zitadel.getNetwork());
		assertThat(postgres.getNetworkAliases()).contains("zitadel-db");
		assertThat(zitadel.getDependencies()).containsExactly(postgres);
		assertThat(ZitadelContainer.DEFAULT_POSTGRES_IMAGE).isEqualTo(DockerImageName.parse("postgres:17-alpine"));
	}

	@Test
	void usesAPostgresContainerPassedIn() {
		Network network = Network.newNetwork();
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine").withNetwork(network)
			.withNetworkAliases("shared-db")
			.withUsername("admin")
			.withPassword("admin-password")
			.withDatabaseName("postgres");
		ZitadelContainer zitadel = new LocalZitadelContainer().withPostgres(postgres);
		zitadel.configure();
		assertThat(zitadel.getPostgres()).isSameAs(postgres);
		assertThat(zitadel.getNetwork()).isSameAs(network);
		assertThat(zitadel.getDependencies()).containsExactly(postgres);
		assertThat(zitadel.getEnvMap().get("ZITADEL_DATABASE_POSTGRES_HOST")).isIn(postgres.getNetworkAliases());
		assertThat(zitadel.getEnvMap()).containsEntry("ZITADEL_DATABASE_POSTGRES_ADMIN_USERNAME", "admin")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_ADMIN_PASSWORD", "admin-password")
			.containsEntry("ZITADEL_DATABASE_POSTGRES_ADMIN_EXISTINGDATABASE", "postgres");
	}

	@Test
	void refusesAPostgresContainerItCannotReach() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ZitadelContainer().withPostgres(new PostgreSQLContainer("postgres:17-alpine")))
			.withMessageContaining("withNetwork");
	}

	@Test
	void waitsForReadinessThenForAnAuthenticatedCallWithinTheStartupTimeout() {
		ZitadelContainer zitadel = new ZitadelContainer();
		assertThat(zitadel).extracting("waitStrategy").isInstanceOfSatisfying(WaitAllStrategy.class, (all) -> {
			assertThat(all).extracting("timeout").isEqualTo(Duration.ofMinutes(3));
			assertThat(all).extracting("strategies").asInstanceOf(InstanceOfAssertFactories.LIST)
				.satisfiesExactly((ready) -> assertThat(ready).isInstanceOfSatisfying(HttpWaitStrategy.class,
						(http) -> assertThat(http).extracting("path", "statusCodes", "startupTimeout")
							.containsExactly("/debug/ready", Set.of(200), Duration.ofMinutes(3))),
						(api) -> assertThat(api).isInstanceOfSatisfying(AuthenticatedApiWaitStrategy.class,
								(authenticated) -> assertThat(authenticated.getStartupTimeout())
									.isEqualTo(Duration.ofMinutes(3))));
		});
	}

	@Test
	void theStartupTimeoutCanBeChanged() {
		ZitadelContainer zitadel = new ZitadelContainer().withStartupTimeout(Duration.ofMinutes(5));
		assertThat(zitadel).extracting("waitStrategy.timeout").isEqualTo(Duration.ofMinutes(5));
		assertThat(zitadel).extracting("waitStrategy.strategies")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.allSatisfy((strategy) -> assertThat(strategy).extracting("startupTimeout")
				.isEqualTo(Duration.ofMinutes(5)));
	}

	@Test
	void givesTheKeyToServiceConnectionsUnlessToldOtherwise() {
		assertThat(new ZitadelContainer().getServiceConnectionCredential()).isEqualTo(ZitadelContainer.Credential.KEY);
		assertThat(new ZitadelContainer().withServiceConnectionCredential(ZitadelContainer.Credential.CLIENT_SECRET)
			.getServiceConnectionCredential()).isEqualTo(ZitadelContainer.Credential.CLIENT_SECRET);
	}

	@Test
	void hasNoCredentialsBeforeItStarted() {
		ZitadelContainer zitadel = new ZitadelContainer();
		assertThatIllegalStateException().isThrownBy(zitadel::getPersonalAccessToken)
			.withMessage("The ZITADEL container has not started");
		assertThatIllegalStateException().isThrownBy(zitadel::getKeyJson)
			.withMessage("The ZITADEL container has not started");
		assertThatIllegalStateException().isThrownBy(zitadel::getClientSecret)
			.withMessage("The ZITADEL container has not started");
	}

	/**
	 * A container as it is configured on a machine whose Docker runs locally.
	 */
	static class LocalZitadelContainer extends ZitadelContainer {

		@Override
		public String getHost() {
			return "localhost";
		}

	}

}
