package io.github.zitadelstarter.autoconfigure;

import java.time.Clock;

import io.github.zitadelstarter.autoconfigure.ZitadelResourceServerProperties.TokenType;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Auto-configuration for servlet applications that accept ZITADEL users' access tokens:
 * a {@link JwtDecoder} and {@link JwtAuthenticationConverter}, or an
 * {@link OpaqueTokenIntrospector}, that map ZITADEL's roles to authorities, and a
 * stateless {@link SecurityFilterChain} that wants a valid token for every request. An
 * application that declares its own filter chain keeps it, and
 * {@code oauth2ResourceServer(rs -> rs.jwt(withDefaults()))} or
 * {@code opaqueToken(withDefaults())} there uses these beans.
 * <p>
 * Active when any zitadel.resource-server property is set. Nothing is fetched at
 * startup: the keys and the introspection endpoint are used on the first request.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
// Boot 4.0 and 4.1 name their resource-server auto-configurations differently
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration" })
@ConditionalOnClass({ BearerTokenAuthenticationToken.class, HttpSecurity.class, ConditionalOnDefaultWebSecurity.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBooleanProperty(name = "zitadel.resource-server.enabled", matchIfMissing = true)
@Conditional(OnZitadelResourceServerCondition.class)
@EnableConfigurationProperties({ ZitadelProperties.class, ZitadelResourceServerProperties.class })
@Import(ZitadelSanitizingConfiguration.class)
public final class ZitadelResourceServerAutoConfiguration {

	@Bean
	ZitadelResourceServerSettings zitadelResourceServerSettings(ZitadelResourceServerProperties properties,
			ZitadelProperties zitadelProperties) {
		return ZitadelResourceServerSettings.of(properties, zitadelProperties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(NimbusJwtDecoder.class)
	@ConditionalOnProperty(name = "zitadel.resource-server.token-type", havingValue = "jwt", matchIfMissing = true)
	static class JwtConfiguration {

		@Bean
		@ConditionalOnMissingBean
		JwtDecoder zitadelJwtDecoder(ZitadelResourceServerSettings settings) {
			return ZitadelJwtDecoders.jwtDecoder(settings, Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean
		JwtAuthenticationConverter zitadelJwtAuthenticationConverter(ZitadelResourceServerSettings settings) {
			JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(ZitadelJwtDecoders.authorities(settings));
			return converter;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "zitadel.resource-server.token-type", havingValue = "opaque")
	static class OpaqueTokenConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OpaqueTokenIntrospector zitadelOpaqueTokenIntrospector(ZitadelResourceServerSettings settings) {
			return new ZitadelOpaqueTokenIntrospector(new ZitadelTokenIntrospection(settings, Clock.systemUTC()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDefaultWebSecurity
	static class SecurityFilterChainConfiguration {

		@Bean
		SecurityFilterChain zitadelResourceServerSecurityFilterChain(HttpSecurity http,
				ZitadelResourceServerSettings settings) {
			http.authorizeHttpRequests((requests) -> {
				// The error page shows why the request failed, such as ZITADEL being down.
				requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
				if (!settings.publicPaths().isEmpty()) {
					requests.requestMatchers(settings.publicPaths().toArray(String[]::new)).permitAll();
				}
				requests.anyRequest().authenticated();
			});
			http.oauth2ResourceServer((resourceServer) -> {
				if (settings.tokenType() == TokenType.JWT) {
					resourceServer.jwt(Customizer.withDefaults());
				}
				else {
					resourceServer.opaqueToken(Customizer.withDefaults());
				}
			});
			http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
			// Bearer tokens are not sent by browsers on their own, so no cross-site forgery.
			http.csrf(AbstractHttpConfigurer::disable);
			return http.build();
		}

	}

}
