package io.github.zitadelstarter.autoconfigure;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.ReactiveOpaqueTokenIntrospector;

/**
 * Introspects opaque tokens at ZITADEL for reactive applications, as the API
 * application, without blocking: the JDK's HTTP client completes the request on its own
 * threads, and a private_key_jwt assertion is signed on Reactor's bounded-elastic
 * scheduler. Spring Security 7.0's reactive introspector cannot add a private_key_jwt
 * assertion to its request, hence this one.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelReactiveOpaqueTokenIntrospector implements ReactiveOpaqueTokenIntrospector {

	private final ZitadelTokenIntrospection introspection;

	ZitadelReactiveOpaqueTokenIntrospector(ZitadelTokenIntrospection introspection) {
		this.introspection = introspection;
	}

	@Override
	public Mono<OAuth2AuthenticatedPrincipal> introspect(String token) {
		return Mono.defer(() -> {
			OAuth2AuthenticatedPrincipal cached = this.introspection.cache().get(token);
			if (cached != null) {
				return Mono.just(cached);
			}
			Mono<HttpRequest> request = Mono.fromCallable(() -> this.introspection.request(token));
			if (this.introspection.signsClientAssertions()) {
				// Signing with RSA takes about a millisecond of CPU: not on an event loop.
				request = request.subscribeOn(Schedulers.boundedElastic());
			}
			return request
				.flatMap((built) -> Mono.fromFuture(() -> this.introspection.httpClient()
					.sendAsync(built, HttpResponse.BodyHandlers.ofString())))
				.onErrorMap((ex) -> !(ex instanceof OAuth2IntrospectionException),
						ZitadelTokenIntrospection::unanswered)
				.map(this.introspection::principal)
				.doOnNext((principal) -> this.introspection.cache().put(token, principal));
		});
	}

}
