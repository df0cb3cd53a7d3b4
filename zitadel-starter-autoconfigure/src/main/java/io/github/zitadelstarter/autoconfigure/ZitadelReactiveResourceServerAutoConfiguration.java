package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;

import io.github.zitadelstarter.autoconfigure.ZitadelResourceServerProperties.TokenType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Auto-configuration for reactive applications that accept ZITADEL users' access tokens:
 * a {@link ReactiveJwtDecoder} and {@link ReactiveJwtAuthenticationConverter}, or a
 * {@link ReactiveOpaqueTokenIntrospector}, that map ZITADEL's roles to authorities, and a
 * stateless {@link SecurityWebFilterChain} that wants a valid token for every request,
 * unless the application declares its own chain.
 * <p>
 * Active when any zitadel.resource-server property is set. Nothing is fetched at
 * startup, and nothing blocks: the keys are fetched with a WebClient, tokens introspected
 * with the JDK's asynchronous HTTP client.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
// Boot 4.1 moves the default chains to ...web.reactive.ReactiveOAuth2ResourceServerWebSecurityAutoConfiguration
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.reactive.ReactiveOAuth2ResourceServerWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration" })
@ConditionalOnClass({ BearerTokenAuthenticationToken.class, ServerHttpSecurity.class })
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnBooleanProperty(name = "zitadel.resource-server.enabled", matchIfMissing = true)
@Conditional(OnZitadelResourceServerCondition.class)
@EnableConfigurationProperties({ ZitadelProperties.class, ZitadelResourceServerProperties.class })
@Import(ZitadelSanitizingConfiguration.class)
public final class ZitadelReactiveResourceServerAutoConfiguration {

	@Bean
	ZitadelResourceServerSettings zitadelResourceServerSettings(ZitadelResourceServerProperties properties,
			ZitadelProperties zitadelProperties) {
		return ZitadelResourceServerSettings.of(properties, zitadelProperties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(NimbusReactiveJwtDecoder.class)
	@ConditionalOnProperty(name = "zitadel.resource-server.token-type", havingValue = "jwt", matchIfMissing = true)
	static class JwtConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveJwtDecoder zitadelReactiveJwtDecoder(ZitadelResourceServerSettings settings) {
			return ZitadelJwtDecoders.reactiveJwtDecoder(settings, Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean
		ReactiveJwtAuthenticationConverter zitadelReactiveJwtAuthenticationConverter(
				ZitadelResourceServerSettings settings) {
			ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(
					new ReactiveJwtGrantedAuthoritiesConverterAdapter(ZitadelJwtDecoders.authorities(settings)));
			return converter;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "zitadel.resource-server.token-type", havingValue = "opaque")
	static class OpaqueTokenConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ReactiveOpaqueTokenIntrospector zitadelReactiveOpaqueTokenIntrospector(
				ZitadelResourceServerSettings settings) {
			return new ZitadelReactiveOpaqueTokenIntrospector(
					new ZitadelTokenIntrospection(settings, Clock.systemUTC()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	static class SecurityWebFilterChainConfiguration {

		@Bean
		SecurityWebFilterChain zitadelResourceServerSecurityWebFilterChain(ServerHttpSecurity http,
				ZitadelResourceServerSettings settings) {
			http.authorizeExchange((exchanges) -> {
				if (!settings.publicPaths().isEmpty()) {
					exchanges.pathMatchers(settings.publicPaths().toArray(String[]::new)).permitAll();
				}
				exchanges.anyExchange().authenticated();
			});
			http.oauth2ResourceServer((resourceServer) -> {
				if (settings.tokenType() == TokenType.JWT) {
					resourceServer.jwt(Customizer.withDefaults());
				}
				else {
					resourceServer.opaqueToken(Customizer.withDefaults());
				}
			});
			http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
			// Bearer tokens are not sent by browsers on their own, so no cross-site forgery.
			http.csrf(ServerHttpSecurity.CsrfSpec::disable);
			return http.build();
		}

	}

}
