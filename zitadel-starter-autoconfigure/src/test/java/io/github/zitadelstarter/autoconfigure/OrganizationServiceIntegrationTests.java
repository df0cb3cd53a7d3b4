package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;

import io.github.zitadelstarter.api.ConnectCode;
import io.github.zitadelstarter.api.ListQuery;
import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.ZitadelApiException;
import io.github.zitadelstarter.api.organization.AddOrganizationRequest;
import io.github.zitadelstarter.api.organization.ListOrganizationsRequest;
import io.github.zitadelstarter.api.organization.Organization;
import io.github.zitadelstarter.api.organization.OrganizationQuery;
import io.github.zitadelstarter.api.organization.OrganizationState;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every call of the typed OrganizationService against the ZITADEL test server, blocking
 * and reactive.
 */
class OrganizationServiceIntegrationTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner())
		.withPropertyValues(StarterContexts.pointingAt(zitadel.server()));

	@Test
	void addsAnOrganizationForATenantAndFindsItByNameDomainAndId() {
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			String id = api.organizations().addOrganization("Tenant One").organizationId();
			Organization byName = api.organizations()
				.listOrganizations(ListOrganizationsRequest.of(OrganizationQuery.byName("Tenant One")))
				.result()
				.get(0);
			assertThat(byName.id()).isEqualTo(id);
			assertThat(byName.state()).isEqualTo(OrganizationState.ACTIVE);
			assertThat(byName.primaryDomain()).isEqualTo("tenant-one.localhost");
			assertThat(api.organizations()
				.listOrganizations(ListOrganizationsRequest.of(OrganizationQuery.byDomain("tenant-one.localhost")))
				.result()).extracting(Organization::id).containsExactly(id);
			assertThat(api.organizations().listOrganizations(ListOrganizationsRequest.of(OrganizationQuery.byId(id)))
				.totalResult()).isEqualTo(1);
			ZitadelApiException taken = catchThrowableOfType(ZitadelApiException.class,
					() -> api.organizations().addOrganization(AddOrganizationRequest.named("Tenant One")));
			assertThat(taken.getCode()).isEqualTo(ConnectCode.ALREADY_EXISTS);
			assertThat(taken.getStatusCode().value()).isEqualTo(409);
		});
	}

	@Test
	void streamsEveryOrganizationPageByPage() {
		for (int i = 0; i < 4; i++) {
			zitadel.server().addOrganization("Streamed " + i, "streamed-" + i + ".localhost");
		}
		this.contextRunner.run((context) -> {
			Zitadel api = context.getBean(Zitadel.class);
			long total = api.organizations().listOrganizations(ListOrganizationsRequest.of()).totalResult();
			assertThat(api.organizations()
				.streamOrganizations(ListOrganizationsRequest.of().withQuery(ListQuery.firstPage(2)))
				.map(Organization::id)
				.distinct()
				.count()).isEqualTo(total).isGreaterThanOrEqualTo(5);
		});
	}

	@Test
	void reactiveCallsAddAndListOrganizations() {
		StarterContexts.withStarter(new ReactiveWebApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.run((context) -> {
				ReactiveZitadel api = context.getBean(ReactiveZitadel.class);
				String id = api.organizations()
					.addOrganization(AddOrganizationRequest.named("Reactive Tenant")
						.withAdmin(zitadel.server().serviceUser().userId(), "ORG_OWNER"))
					.block(Duration.ofSeconds(10))
					.organizationId();
				assertThat(api.organizations()
					.streamOrganizations(ListOrganizationsRequest.of(OrganizationQuery.byId(id)))
					.map(Organization::name)
					.collectList()
					.block(Duration.ofSeconds(10))).containsExactly("Reactive Tenant");
			});
	}

}
