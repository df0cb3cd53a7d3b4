package io.github.zitadelstarter.autoconfigure;

import java.time.Duration;
import java.util.Map;

import io.github.zitadelstarter.autoconfigure.StarterContexts.MyOrganization;
import io.github.zitadelstarter.test.Organization;
import io.github.zitadelstarter.test.RecordedRequest;
import io.github.zitadelstarter.test.ZitadelTestServer;
import io.github.zitadelstarter.test.ZitadelTestServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.service.ReactiveHttpServiceClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.registry.HttpServiceGroup.ClientType;
import org.springframework.web.service.registry.ImportHttpServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The application's own HTTP interfaces in the {@code zitadel} HTTP service group get
 * ZITADEL's origin, the service user's token and the default headers and hints of the
 * starter's clients; a second group of the same application is left alone.
 */
class ZitadelHttpServiceGroupIntegrationTests {

	private static final String ROLE_HINT = "grant it a manager role in ZITADEL, such as Org Owner";

	@RegisterExtension
	static final ZitadelTestServerExtension zitadel = new ZitadelTestServerExtension();

	// Stands in for another API of the application, such as GitHub's
	@RegisterExtension
	static final ZitadelTestServerExtension otherApi = new ZitadelTestServerExtension();

	private final ApplicationContextRunner contextRunner = StarterContexts.withStarter(new ApplicationContextRunner())
		.withConfiguration(AutoConfigurations.of(HttpServiceClientPropertiesAutoConfiguration.class,
				HttpServiceClientAutoConfiguration.class, ReactiveHttpServiceClientAutoConfiguration.class))
		.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
		.withPropertyValues("spring.http.serviceclient.other.base-url=" + otherApi.server().origin(),
				"zitadel.organization-id=" + zitadel.server().organization().id());

	@BeforeEach
	void clearRequests() {
		zitadel.server().clearRecordedRequests();
		otherApi.server().clearRecordedRequests();
	}

	@Test
	void restClientInterfacesOfTheZitadelGroupCallZitadelAsTheServiceUser() {
		this.contextRunner.withUserConfiguration(RestClientGroups.class).run((context) -> {
			Organizations organizations = context.getBean(Organizations.class);
			assertThat(organizations.myOrganization().org()).isEqualTo(zitadel.server().organization());
			RecordedRequest request = zitadel.server().requests().get(zitadel.server().requests().size() - 1);
			assertThat(request.header("Authorization")).startsWith("Bearer ");
			assertThat(request.header("x-zitadel-orgid")).isEqualTo(zitadel.server().organization().id());
			assertThat(context.getBean(OtherApi.class).health()).isEqualTo("ok");
			assertThatTheOtherGroupWasLeftAlone();
		});
	}

	@Test
	void restClientInterfacesShareTheStartersTokenAndGetItsHints() {
		Organization unknown = new Organization("1", "x", "x");
		this.contextRunner.withUserConfiguration(RestClientGroups.class).run((context) -> {
			context.getBean(Organizations.class).myOrganization();
			StarterContexts.organizationViaRestClient(context);
			assertThat(zitadel.server().tokenRequestCount()).isOne();
			Throwable failure = catchThrowable(() -> context.getBean(Organizations.class).organization(unknown.id()));
			assertThat(failure).isInstanceOf(HttpClientErrorException.Forbidden.class).hasMessageContaining(ROLE_HINT);
		});
	}

	@Test
	void webClientInterfacesOfTheZitadelGroupCallZitadelAsTheServiceUser() {
		this.contextRunner.withUserConfiguration(WebClientGroups.class).run((context) -> {
			ReactiveOrganizations organizations = context.getBean(ReactiveOrganizations.class);
			assertThat(organizations.myOrganization().block(Duration.ofSeconds(10)).org())
				.isEqualTo(zitadel.server().organization());
			RecordedRequest request = zitadel.server().requests().get(zitadel.server().requests().size() - 1);
			assertThat(request.header("Authorization")).startsWith("Bearer ");
			assertThat(request.header("x-zitadel-orgid")).isEqualTo(zitadel.server().organization().id());
			Throwable failure = catchThrowable(() -> organizations.organization("1").block(Duration.ofSeconds(10)));
			assertThat(failure).isInstanceOf(WebClientResponseException.class).hasMessageContaining(ROLE_HINT);
			assertThat(context.getBean(OtherApi.class).health()).isEqualTo("ok");
			assertThatTheOtherGroupWasLeftAlone();
		});
	}

	@Test
	void aWebClientCallWithABodyIsSentAgainWithANewTokenAfter401() {
		this.contextRunner.withUserConfiguration(WebClientGroups.class).run((context) -> {
			ReactiveOrganizations organizations = context.getBean(ReactiveOrganizations.class);
			String userId = zitadel.server().serviceUser().userId();
			assertThat(organizations.getUser(Map.of("userId", userId)).block(Duration.ofSeconds(10))).containsKey("user");
			zitadel.server().revokeAllTokens();
			assertThat(organizations.getUser(Map.of("userId", userId)).block(Duration.ofSeconds(10))).containsKey("user");
			assertThat(zitadel.server().tokenRequestCount()).isEqualTo(2);
		});
	}

	@Test
	void theGroupsBaseUrlPropertyWins() {
		this.contextRunner.withUserConfiguration(RelativeGroup.class)
			.withPropertyValues("spring.http.serviceclient.zitadel.base-url=" + zitadel.server().origin() + "/management/v1")
			.run((context) -> {
				assertThat(context.getBean(RelativeOrganizations.class).myOrganization().org())
					.isEqualTo(zitadel.server().organization());
				assertThat(zitadel.server().requests()).extracting(RecordedRequest::path)
					.contains("/management/v1/orgs/me");
			});
	}

	@Test
	void groupsOfAnApplicationWithoutAZitadelGroupAreLeftAloneAndWithoutGroupsThereAreNoConfigurers() {
		this.contextRunner.withUserConfiguration(OtherGroupOnly.class).run((context) -> {
			assertThat(context.getBean(OtherApi.class).health()).isEqualTo("ok");
			assertThatTheOtherGroupWasLeftAlone();
		});
		StarterContexts.withStarter(new ApplicationContextRunner())
			.withPropertyValues(StarterContexts.pointingAt(zitadel.server()))
			.run((context) -> assertThat(context).doesNotHaveBean(ZitadelRestClientHttpServiceGroupConfigurer.class)
				.doesNotHaveBean(ZitadelWebClientHttpServiceGroupConfigurer.class));
	}

	private static void assertThatTheOtherGroupWasLeftAlone() {
		RecordedRequest other = otherApi.server().requests().get(0);
		assertThat(other.path()).isEqualTo("/debug/healthz");
		assertThat(other.headers()).doesNotContainKeys("authorization", "x-zitadel-orgid", "x-zitadel-instance-host");
		assertThat(zitadel.server().requests()).noneMatch((request) -> request.path().equals("/debug/healthz"));
	}

	interface Organizations {

		@GetExchange("/management/v1/orgs/me")
		MyOrganization myOrganization();

		@GetExchange("/management/v1/orgs/me")
		MyOrganization organization(@RequestHeader("x-zitadel-orgid") String organizationId);

	}

	interface ReactiveOrganizations {

		@GetExchange("/management/v1/orgs/me")
		Mono<MyOrganization> myOrganization();

		@GetExchange("/management/v1/orgs/me")
		Mono<MyOrganization> organization(@RequestHeader("x-zitadel-orgid") String organizationId);

		@PostExchange(url = "/zitadel.user.v2.UserService/GetUserByID", contentType = "application/json")
		Mono<Map<String, Object>> getUser(@RequestBody Map<String, String> request);

	}

	interface RelativeOrganizations {

		@GetExchange("/orgs/me")
		MyOrganization myOrganization();

	}

	interface OtherApi {

		@GetExchange("/debug/healthz")
		String health();

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "zitadel", types = Organizations.class)
	@ImportHttpServices(group = "other", types = OtherApi.class)
	static class RestClientGroups {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "zitadel", types = ReactiveOrganizations.class, clientType = ClientType.WEB_CLIENT)
	@ImportHttpServices(group = "other", types = OtherApi.class)
	static class WebClientGroups {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "zitadel", types = RelativeOrganizations.class)
	static class RelativeGroup {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "other", types = OtherApi.class)
	static class OtherGroupOnly {

	}

}
