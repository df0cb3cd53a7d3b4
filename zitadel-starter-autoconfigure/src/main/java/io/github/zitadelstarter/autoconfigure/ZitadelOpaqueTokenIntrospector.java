package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Introspects opaque tokens at ZITADEL for servlet applications, as the API application,
 * reusing answers from the cache when one is configured.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelOpaqueTokenIntrospector implements OpaqueTokenIntrospector {

	private final ZitadelTokenIntrospection introspection;

	ZitadelOpaqueTokenIntrospector(ZitadelTokenIntrospection introspection) {
		this.introspection = introspection;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		OAuth2AuthenticatedPrincipal cached = this.introspection.cache().get(token);
		if (cached != null) {
			return cached;
		}
		HttpResponse<String> response;
		try {
			response = this.introspection.httpClient()
				.send(this.introspection.request(token), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw ZitadelTokenIntrospection.unanswered(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OAuth2IntrospectionException("Interrupted while introspecting a token", ex);
		}
		OAuth2AuthenticatedPrincipal principal = this.introspection.principal(response);
		this.introspection.cache().put(token, principal);
		return principal;
	}

}
