package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;

import io.github.zitadelstarter.client.ZitadelTokenManager;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds the service user's access token to RestClient requests for the ZITADEL origin, and
 * to no other request.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class BearerTokenRequestInterceptor implements ClientHttpRequestInterceptor {

	private final ZitadelTokenManager tokenManager;

	private final ZitadelOrigin origin;

	BearerTokenRequestInterceptor(ZitadelTokenManager tokenManager, ZitadelOrigin origin) {
		this.tokenManager = tokenManager;
		this.origin = origin;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (this.origin.isOriginOf(request.getURI())) {
			request.getHeaders().setBearerAuth(this.tokenManager.getAccessToken().getTokenValue());
		}
		return execution.execute(request, body);
	}

}
