package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.zitadelstarter.api.ConnectCode;
import io.github.zitadelstarter.api.ReactiveZitadel;
import io.github.zitadelstarter.api.Zitadel;
import io.github.zitadelstarter.api.ZitadelApiException;
import io.github.zitadelstarter.api.authorization.Authorization;
import io.github.zitadelstarter.api.authorization.AuthorizationFilter;
import io.github.zitadelstarter.api.authorization.AuthorizationState;
import io.github.zitadelstarter.api.authorization.ListAuthorizationsRequest;
import io.github.zitadelstarter.api.authorization.UpdateAuthorizationRequest;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every call of the typed AuthorizationService against the ZITADEL test server, blocking
 * and reactive.
 */
class AuthorizationServiceIntegrationTests {

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	@Test
	void grantsListsReplacesAndRevokesRoles() {
		Organization organization = zitadel.server().organization();
		String userId = zitadel.server()
			.resources()
			.addHumanUser(organization, "granted", "Gran", "Ted", "granted@example.com");
		String projectId = zitadel.server().resources().addProject(organization, "Portal", "admin", "editor", "viewer");
		StarterContexts.withStarter(new ApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.run((context) -> {
				Zitadel api = context.getBean(Zitadel.class);
				String id = api.authorizations().createAuthorization(userId, projectId, organization.id(), "viewer").id();
				assertThat(zitadel.server().resources().roleKeys(userId, projectId)).containsExactly("viewer");
				Authorization listed = api.authorizations()
					.listAuthorizations(ListAuthorizationsRequest.of(AuthorizationFilter.ofUsers(userId)))
					.authorizations()
					.get(0);
				assertThat(listed.id()).isEqualTo(id);
				assertThat(listed.state()).isEqualTo(AuthorizationState.ACTIVE);
				assertThat(listed.user().preferredLoginName()).isEqualTo("granted");
				assertThat(listed.project().name()).isEqualTo("Portal");
				assertThat(listed.organization().id()).isEqualTo(organization.id());
				assertThat(listed.roleKeys()).containsExactly("viewer");
				for (AuthorizationFilter filter : List.of(AuthorizationFilter.withIds(id),
						AuthorizationFilter.ofProject(projectId), AuthorizationFilter.inOrganization(organization.id()),
						AuthorizationFilter.ofUsersInOrganization(organization.id()),
						AuthorizationFilter.withRole("viewer"), AuthorizationFilter.inState(AuthorizationState.ACTIVE))) {
					assertThat(api.authorizations()
						.streamAuthorizations(ListAuthorizationsRequest.of(filter, AuthorizationFilter.ofUsers(userId))))
						.as(filter.toString())
						.extracting(Authorization::id)
						.containsExactly(id);
				}
				assertThat(api.authorizations()
					.listAuthorizations(ListAuthorizationsRequest.of(AuthorizationFilter.withRole("admin")))
					.authorizations()).isEmpty();
				api.authorizations().updateAuthorization(new UpdateAuthorizationRequest(id, List.of("admin", "editor")));
				assertThat(zitadel.server().resources().roleKeys(userId, projectId)).containsExactly("admin", "editor");
				ZitadelApiException twice = catchThrowableOfType(ZitadelApiException.class,
						() -> api.authorizations().createAuthorization(userId, projectId, organization.id(), "admin"));
				assertThat(twice.getCode()).isEqualTo(ConnectCode.ALREADY_EXISTS);
				assertThat(api.authorizations().deleteAuthorization(id).deletionDate()).isNotNull();
				assertThat(zitadel.server().resources().roleKeys(userId, projectId)).isEmpty();
				ZitadelApiException gone = catchThrowableOfType(ZitadelApiException.class,
						() -> api.authorizations().deleteAuthorization(id));
				assertThat(gone.getCode()).isEqualTo(ConnectCode.NOT_FOUND);
			});
	}

	@Test
	void reactiveCallsGrantAndListRoles() {
		Organization organization = zitadel.server().organization();
		String userId = zitadel.server()
			.resources()
			.addHumanUser(organization, "reactive-granted", "Re", "Active", "reactive@example.com");
		String projectId = zitadel.server().resources().addProject(organization, "Reactive Portal", "member");
		StarterContexts.withStarter(new ReactiveWebApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.run((context) -> {
				ReactiveZitadel api = context.getBean(ReactiveZitadel.class);
				String id = api.authorizations()
					.createAuthorization(userId, projectId, organization.id(), "member")
					.block(Duration.ofSeconds(10))
					.id();
				assertThat(api.authorizations()
					.streamAuthorizations(ListAuthorizationsRequest.of(AuthorizationFilter.ofUsers(userId)))
					.map(Authorization::id)
					.collectList()
					.block(Duration.ofSeconds(10))).containsExactly(id);
				api.authorizations().deleteAuthorization(id).block(Duration.ofSeconds(10));
				assertThat(zitadel.server().resources().roleKeys(userId, projectId)).isEmpty();
			});
	}

}
