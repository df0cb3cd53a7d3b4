package io.github.zitadelstarter.test.autoconfigure;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zitadelstarter.autoconfigure.ZitadelResourceServerProperties;
import io.github.zitadelstarter.resourceserver.ZitadelRoleAuthorities;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.springframework.util.StringUtils;

/**
 * Makes the security context of a {@link WithZitadelUser} test: the claims a ZITADEL
 * token of that user would carry, turned into the authentication the resource-server
 * starter makes of them (a JWT's or an introspected token's).
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class WithZitadelUserSecurityContextFactory implements WithSecurityContextFactory<WithZitadelUser> {

	private static final String TOKEN_VALUE = "with-zitadel-user";

	private final @Nullable Environment environment;

	private final @Nullable ObjectProvider<JwtAuthenticationConverter> jwtConverter;

	private final @Nullable ObjectProvider<ReactiveJwtAuthenticationConverter> reactiveJwtConverter;

	WithZitadelUserSecurityContextFactory() {
		this.environment = null;
		this.jwtConverter = null;
		this.reactiveJwtConverter = null;
	}

	@Autowired
	WithZitadelUserSecurityContextFactory(Environment environment,
			ObjectProvider<JwtAuthenticationConverter> jwtConverter,
			ObjectProvider<ReactiveJwtAuthenticationConverter> reactiveJwtConverter) {
		this.environment = environment;
		this.jwtConverter = jwtConverter;
		this.reactiveJwtConverter = reactiveJwtConverter;
	}

	@Override
	public SecurityContext createSecurityContext(WithZitadelUser user) {
		ZitadelResourceServerProperties properties = resourceServerProperties();
		String projectId = StringUtils.hasText(properties.getProjectId()) ? properties.getProjectId().trim() : null;
		Map<String, Object> claims = claims(user, projectId);
		ZitadelRoleAuthorities mapping = new ZitadelRoleAuthorities(properties.getAuthorityPrefix(), projectId);
		boolean opaque = properties.getTokenType() == ZitadelResourceServerProperties.TokenType.OPAQUE;
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(opaque ? introspected(claims, mapping) : jwt(claims, mapping, user.value()));
		return context;
	}

	/**
	 * Return the application's zitadel.resource-server properties, bound as the starter
	 * binds them, even in a test slice without the starter's auto-configuration.
	 */
	private ZitadelResourceServerProperties resourceServerProperties() {
		if (this.environment == null) {
			return new ZitadelResourceServerProperties();
		}
		return Binder.get(this.environment)
			.bindOrCreate("zitadel.resource-server", ZitadelResourceServerProperties.class);
	}

	private Authentication jwt(Map<String, Object> claims, ZitadelRoleAuthorities mapping, String userId) {
		Instant now = Instant.now();
		Jwt jwt = Jwt.withTokenValue(TOKEN_VALUE)
			.header("alg", "RS256")
			.claims((all) -> all.putAll(claims))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(3600))
			.build();
		JwtAuthenticationConverter converter = (this.jwtConverter != null) ? this.jwtConverter.getIfUnique() : null;
		if (converter != null) {
			return converter.convert(jwt);
		}
		ReactiveJwtAuthenticationConverter reactiveConverter = (this.reactiveJwtConverter != null)
				? this.reactiveJwtConverter.getIfUnique() : null;
		if (reactiveConverter != null) {
			return reactiveConverter.convert(jwt).block();
		}
		return new JwtAuthenticationToken(jwt, mapping.fromClaims(claims), userId);
	}

	private static Authentication introspected(Map<String, Object> claims, ZitadelRoleAuthorities mapping) {
		Instant now = Instant.now();
		Map<String, Object> attributes = new LinkedHashMap<>(claims);
		attributes.put("active", true);
		attributes.put("iat", now);
		attributes.put("exp", now.plusSeconds(3600));
		Collection<GrantedAuthority> authorities = mapping.fromClaims(attributes);
		OAuth2IntrospectionAuthenticatedPrincipal principal = new OAuth2IntrospectionAuthenticatedPrincipal(
				attributes, authorities);
		OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, TOKEN_VALUE, now,
				now.plusSeconds(3600));
		return new BearerTokenAuthentication(principal, token, authorities);
	}

	/**
	 * Return the claims ZITADEL asserts for the user: its roles per organization in the
	 * nested shape, under the project's claim too when the project is known, and its own
	 * organization.
	 */
	static Map<String, Object> claims(WithZitadelUser user, @Nullable String projectId) {
		Map<String, Map<String, String>> roles = new LinkedHashMap<>();
		for (String role : user.roles()) {
			int at = role.lastIndexOf('@');
			String key = (at > 0) ? role.substring(0, at) : role;
			String organization = (at > 0) ? role.substring(at + 1) : user.organization();
			roles.computeIfAbsent(key, (name) -> new LinkedHashMap<>()).put(organization, organization + ".localhost");
		}
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", user.value());
		if (projectId != null) {
			claims.put("aud", List.of(projectId));
			claims.put(ZitadelRoleAuthorities.projectRolesClaim(projectId), roles);
		}
		claims.put(ZitadelRoleAuthorities.ROLES_CLAIM, roles);
		claims.put("urn:zitadel:iam:user:resourceowner:id", user.organization());
		return claims;
	}

}
