package io.github.zitadelstarter.resourceserver.starter;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.resourceserver.starter.Zitadel.Mode;
import io.github.zitadelstarter.test.ApiApplication;
import io.github.zitadelstarter.test.HumanUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an application with the resource-server starter does with ZITADEL users' tokens,
 * for each way of checking them, against the ZITADEL test server on loopback. Servlet and
 * reactive applications run the same specification.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResourceServerBehaviour {

	private final Map<Mode, ConfigurableApplicationContext> applications = new EnumMap<>(Mode.class);

	Zitadel zitadel;

	abstract Class<?> application();

	abstract WebApplicationType type();

	abstract Class<?> filterChainType();

	@BeforeAll
	void start() {
		this.zitadel = new Zitadel();
		for (Mode mode : Mode.values()) {
			this.applications.put(mode, Zitadel.start(application(), type(), mode.properties(this.zitadel)));
		}
	}

	@AfterAll
	void stop() {
		this.applications.values().forEach(ConfigurableApplicationContext::close);
		this.zitadel.close();
	}

	HttpResponse<String> get(Mode mode, String path, String token) {
		return Zitadel.get(this.applications.get(mode), path, token);
	}

	String token(Mode mode, HumanUser user) {
		return this.zitadel.token(user, mode.format);
	}

	@ParameterizedTest
	@EnumSource
	void theStartersFilterChainIsTheOnlyOne(Mode mode) {
		assertThat(this.applications.get(mode).getBeanNamesForType(filterChainType()))
			.containsExactly((type() == WebApplicationType.SERVLET) ? "zitadelResourceServerSecurityFilterChain"
					: "zitadelResourceServerSecurityWebFilterChain");
	}

	@ParameterizedTest
	@EnumSource
	void roleGrantsAccess(Mode mode) {
		HttpResponse<String> response = get(mode, "/tasks", token(mode, this.zitadel.alice));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("tasks of " + this.zitadel.alice.userId());
		assertThat(response.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
	}

	@ParameterizedTest
	@EnumSource
	void missingRoleIsForbidden(Mode mode) {
		assertThat(get(mode, "/tasks", token(mode, this.zitadel.bob)).statusCode()).isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource
	void roleIsCheckedPerOrganization(Mode mode) {
		String token = token(mode, this.zitadel.alice);
		assertThat(get(mode, "/organizations/" + this.zitadel.acme.id() + "/settings", token).statusCode()).isEqualTo(200);
		assertThat(get(mode, "/organizations/" + this.zitadel.server.organization().id() + "/settings", token).statusCode())
			.isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource
	void theUserTheirOrganizationAndRolesAreAvailable(Mode mode) {
		HttpResponse<String> response = get(mode, "/me", token(mode, this.zitadel.alice));
		assertThat(response.body()).isEqualTo("id=" + this.zitadel.alice.userId() + " organization="
				+ this.zitadel.server.organization().id() + " admin in " + List.of(this.zitadel.acme.id()) + " reader in "
				+ List.of(this.zitadel.server.organization().id(), this.zitadel.acme.id()).stream().sorted().toList());
	}

	@ParameterizedTest
	@EnumSource
	void jwtAndOpaqueTokensGiveTheSameAuthorities(Mode mode) {
		String authorities = get(mode, "/authorities", token(mode, this.zitadel.alice)).body();
		assertThat(authorities).isEqualTo(get(Mode.JWT, "/authorities", token(Mode.JWT, this.zitadel.alice)).body())
			.isEqualTo(List
				.of("ROLE_admin", "ROLE_admin@" + this.zitadel.acme.id(), "ROLE_reader", "ROLE_reader@" + this.zitadel.acme.id(),
						"ROLE_reader@" + this.zitadel.server.organization().id())
				.stream()
				.sorted()
				.toList()
				.toString());
	}

	@ParameterizedTest
	@EnumSource
	void missingTokenIsUnauthorized(Mode mode) {
		HttpResponse<String> response = get(mode, "/tasks", null);
		assertThat(response.statusCode()).isEqualTo(401);
		// RFC 6750 3.1: no error code when the request has no authentication at all
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((header) -> assertThat(header).startsWith("Bearer").doesNotContain("error"));
	}

	@ParameterizedTest
	@EnumSource
	void expiredTokenIsUnauthorized(Mode mode) {
		assertInvalidToken(get(mode, "/tasks", this.zitadel.server.userAccess().expiredAccessToken(this.zitadel.alice, this.zitadel.api,
				mode.format)));
	}

	@ParameterizedTest
	@EnumSource
	void tokenForAnotherProjectIsUnauthorized(Mode mode) {
		ApiApplication other = this.zitadel.server.userAccess().addApiApplication("Other API");
		this.zitadel.server.userAccess().grant(this.zitadel.alice, other, this.zitadel.acme, "reader");
		assertInvalidToken(get(mode, "/tasks", this.zitadel.server.userAccess().accessToken(this.zitadel.alice, other, mode.format)));
	}

	@ParameterizedTest
	@EnumSource(names = { "OPAQUE_WITH_SECRET", "OPAQUE_WITH_KEY" })
	void revokedOpaqueTokenIsUnauthorized(Mode mode) {
		String token = token(mode, this.zitadel.alice);
		assertThat(get(mode, "/tasks", token).statusCode()).isEqualTo(200);
		this.zitadel.server.revokeAllTokens();
		assertInvalidToken(get(mode, "/tasks", token));
	}

	@ParameterizedTest
	@EnumSource(names = { "OPAQUE_WITH_SECRET", "OPAQUE_WITH_KEY" })
	void personalAccessTokensIntrospectLikeAnyOpaqueToken(Mode mode) {
		String pat = this.zitadel.server.credentials().addPersonalAccessToken(this.zitadel.server.serviceUser());
		HttpResponse<String> response = get(mode, "/me", pat);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("id=" + this.zitadel.server.serviceUser().userId() + " organization=null");
		assertThat(get(mode, "/tasks", pat).statusCode()).isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource
	void malformedTokenIsUnauthorized(Mode mode) {
		assertInvalidToken(get(mode, "/tasks", "not-a-token"));
	}

	@ParameterizedTest
	@EnumSource
	void publicPathsNeedNoToken(Mode mode) {
		assertThat(get(mode, "/public/ping", null).body()).isEqualTo("pong");
	}

	static void assertInvalidToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(header) -> assertThat(header).startsWith("Bearer error=\"invalid_token\""));
	}

}
