package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;

import io.github.zitadelstarter.client.ZitadelTokenManager;

import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Adds the service user's access token to RestClient requests for the ZITADEL origin, and
 * to no other request. When ZITADEL answers 401 and the token can be replaced, the token
 * is dropped and the request, whose body RestClient has buffered, is sent once more with
 * a new token.
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
		if (!this.origin.isOriginOf(request.getURI())) {
			return execution.execute(request, body);
		}
		OAuth2AccessToken token = this.tokenManager.getAccessToken();
		request.getHeaders().setBearerAuth(token.getTokenValue());
		ClientHttpResponse response = execution.execute(request, body);
		if (response.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value() || !this.tokenManager.isRenewable()) {
			return response;
		}
		response.close();
		this.tokenManager.invalidate(token);
		request.getHeaders().setBearerAuth(this.tokenManager.getAccessToken().getTokenValue());
		return execution.execute(request, body);
	}

}
