package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;

import io.github.zitadelstarter.api.ConnectCode;
import io.github.zitadelstarter.api.ListQuery;
import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.ZitadelApiException;
import io.github.zitadelstarter.api.project.AddProjectRoleRequest;
import io.github.zitadelstarter.api.project.CreateProjectRequest;
import io.github.zitadelstarter.api.project.ListProjectRolesRequest;
import io.github.zitadelstarter.api.project.ProjectRole;
import io.github.zitadelstarter.api.project.ProjectRoleFilter;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every call of the typed ProjectService against the ZITADEL test server, blocking and
 * reactive.
 */
class ProjectServiceIntegrationTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	@Test
	void createsAProjectDefinesRolesAndListsThem() {
		StarterContexts.withStarter(new ApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.run((context) -> {
				Zitadel api = context.getBean(Zitadel.class);
				String organizationId = zitadel.server().organization().id();
				String projectId = api.projects()
					.createProject(CreateProjectRequest.of(organizationId, "Shop").withRoleAssertion())
					.projectId();
				api.projects().addProjectRole(projectId, "admin", "Administrator");
				api.projects().addProjectRole(new AddProjectRoleRequest(projectId, "buyer", "Buyer", "customers"));
				api.projects().addProjectRole(projectId, "viewer", "Viewer");
				assertThat(api.projects().listProjectRoles(ListProjectRolesRequest.of(projectId)).projectRoles())
					.extracting(ProjectRole::key, ProjectRole::displayName, ProjectRole::group)
					.containsExactly(tuple("admin", "Administrator", null),
							tuple("buyer", "Buyer", "customers"),
							tuple("viewer", "Viewer", null));
				assertThat(api.projects()
					.listProjectRoles(ListProjectRolesRequest.of(projectId, ProjectRoleFilter.byKey("buyer")))
					.projectRoles()).extracting(ProjectRole::projectId).containsExactly(projectId);
				assertThat(api.projects()
					.streamProjectRoles(ListProjectRolesRequest.of(projectId).withPagination(ListQuery.firstPage(1))))
					.extracting(ProjectRole::key)
					.containsExactly("admin", "buyer", "viewer");
				ZitadelApiException duplicate = catchThrowableOfType(ZitadelApiException.class,
						() -> api.projects().addProjectRole(projectId, "admin", "Again"));
				assertThat(duplicate.getCode()).isEqualTo(ConnectCode.ALREADY_EXISTS);
				ZitadelApiException noProject = catchThrowableOfType(ZitadelApiException.class,
						() -> api.projects().addProjectRole("1", "admin", "Administrator"));
				assertThat(noProject.getCode()).isEqualTo(ConnectCode.NOT_FOUND);
			});
	}

	@Test
	void reactiveCallsCreateAProjectWithARole() {
		StarterContexts.withStarter(new ReactiveWebApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.run((context) -> {
				ReactiveZitadel api = context.getBean(ReactiveZitadel.class);
				String projectId = api.projects()
					.createProject(CreateProjectRequest.of(zitadel.server().organization().id(), "Reactive Shop"))
					.block(Duration.ofSeconds(10))
					.projectId();
				api.projects().addProjectRole(projectId, "reader", "Reader").block(Duration.ofSeconds(10));
				assertThat(api.projects()
					.streamProjectRoles(ListProjectRolesRequest.of(projectId))
					.map(ProjectRole::key)
					.collectList()
					.block(Duration.ofSeconds(10))).containsExactly("reader");
			});
	}

}
