package io.github.zitadelstarter.autoconfigure;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.ReactiveAdapterRegistry;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.service.invoker.HttpRequestValues;

/**
 * Marks the requests of HTTP interface calls whose arguments are all values, not
 * publishers: their body is written from a value, so WebClient can write it again, and
 * {@link BearerTokenExchangeFilterFunction} may replay such a request after a 401 as it
 * does requests without a body. Every typed API call and most calls of the zitadel HTTP
 * service group are of this kind.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ReplayableRequestBodies implements HttpRequestValues.Processor {

	private static final String ATTRIBUTE = ReplayableRequestBodies.class.getName() + ".replayable";

	private final ReactiveAdapterRegistry reactiveAdapters = ReactiveAdapterRegistry.getSharedInstance();

	@Override
	public void process(Method method, MethodParameter[] parameters, @Nullable Object[] arguments,
			HttpRequestValues.Builder builder) {
		for (Object argument : arguments) {
			if (argument != null && this.reactiveAdapters.getAdapter(argument.getClass()) != null) {
				return;
			}
		}
		builder.addAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	static boolean isReplayable(ClientRequest request) {
		return Boolean.TRUE.equals(request.attribute(ATTRIBUTE).orElse(null));
	}

}
