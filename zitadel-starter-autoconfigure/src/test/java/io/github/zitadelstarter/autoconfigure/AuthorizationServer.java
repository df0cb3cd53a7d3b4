package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Authorization Server on a loopback port, standing in for ZITADEL's plain OAuth2
 * behaviour: client-credentials tokens at /oauth/v2/token and a JWT-protected
 * GET /management/v1/orgs/me answering with ZITADEL's JSON shape. It records every
 * request it receives.
 */
final class AuthorizationServer implements AutoCloseable {

	/** Client ID with a character that HTTP Basic must URL-encode. */
	static final String CLIENT_ID = "service-user@acme";

	/** Secret with every character that trips up hand-made HTTP Basic headers. */
	static final String CLIENT_SECRET = "s3cr+t/with=colon:and%25percent";

	static final String ORG_JSON = """
			{"org":{"id":"259242039378444290","details":{"sequence":"3","creationDate":"2024-03-01T09:00:00.000Z",\
			"changeDate":"2024-03-02T10:00:00.000Z","resourceOwner":"259242039378444290"},\
			"state":"ORG_STATE_ACTIVE","name":"ACME","primaryDomain":"acme.localhost"}}""";

	private final ConfigurableApplicationContext context;

	private final List<RecordedRequest> requests;

	private AuthorizationServer(ConfigurableApplicationContext context) {
		this.context = context;
		this.requests = context.getBean(RequestRecorder.class).requests;
	}

	static AuthorizationServer start() {
		SpringApplication application = new SpringApplication(ServerConfiguration.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		ConfigurableApplicationContext context = application.run("--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.banner-mode=off", "--spring.jmx.enabled=false");
		return new AuthorizationServer(context);
	}

	URI origin() {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port);
	}

	String[] properties() {
		return new String[] { "zitadel.domain=" + origin(), "zitadel.client-id=" + CLIENT_ID,
				"zitadel.client-secret=" + CLIENT_SECRET };
	}

	List<RecordedRequest> tokenRequests() {
		return this.requests.stream().filter((request) -> request.path().equals("/oauth/v2/token")).toList();
	}

	List<RecordedRequest> apiRequests() {
		return this.requests.stream().filter((request) -> request.path().startsWith("/management/")).toList();
	}

	void clearRecordedRequests() {
		this.requests.clear();
	}

	@Override
	public void close() {
		this.context.close();
	}

	record RecordedRequest(String method, String path, @Nullable String authorization,
			Map<String, List<String>> form) {

		List<String> formValues(String name) {
			return this.form.getOrDefault(name, List.of());
		}

	}

	static final class RequestRecorder extends OncePerRequestFilter {

		final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, List<String>> form = new java.util.LinkedHashMap<>();
			if (request.getContentType() != null && MediaType.APPLICATION_FORM_URLENCODED
				.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))) {
				request.getParameterMap().forEach((name, values) -> form.put(name, List.of(values)));
			}
			this.requests.add(new RecordedRequest(request.getMethod(), request.getRequestURI(),
					request.getHeader("Authorization"), Collections.unmodifiableMap(form)));
			chain.doFilter(request, response);
		}

	}

	@RestController
	static class ManagementApi {

		@GetMapping(path = "/management/v1/orgs/me", produces = MediaType.APPLICATION_JSON_VALUE)
		String myOrganization() {
			return ORG_JSON;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class ServerConfiguration {

		@Bean
		RequestRecorder requestRecorder() {
			return new RequestRecorder();
		}

		@Bean
		FilterRegistrationBean<RequestRecorder> requestRecorderRegistration(RequestRecorder recorder) {
			FilterRegistrationBean<RequestRecorder> registration = new FilterRegistrationBean<>(recorder);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		@Bean
		ManagementApi managementApi() {
			return new ManagementApi();
		}

		@Bean
		RegisteredClientRepository registeredClientRepository() {
			RegisteredClient serviceUser = RegisteredClient.withId("service-user")
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.scope("openid")
				.scope("profile")
				.scope("email")
				.scope("urn:zitadel:iam:org:project:id:zitadel:aud")
				.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(10)).build())
				.build();
			return new InMemoryRegisteredClientRepository(serviceUser);
		}

		@Bean
		AuthorizationServerSettings authorizationServerSettings() {
			return AuthorizationServerSettings.builder().tokenEndpoint("/oauth/v2/token").build();
		}

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(
					(authorizationServer) -> http.securityMatcher(authorizationServer.getEndpointsMatcher()))
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain managementApiChain(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
			return http.build();
		}

	}

}
