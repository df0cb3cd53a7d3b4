package io.github.zitadelstarter.client;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;

/**
 * ZITADEL's request headers, and helpers to set them on one request of
 * {@code zitadelWebClient} or {@code zitadelRestClient}:
 * <pre class="code">
 * zitadelRestClient.get().uri("/management/v1/orgs/me").headers(ZitadelHeaders.organization(orgId))
 * </pre>
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class ZitadelHeaders {

	/**
	 * Header that selects the organization whose context a Management API call uses.
	 */
	public static final String ORGANIZATION_ID = "x-zitadel-orgid";

	/**
	 * Header that names the instance when ZITADEL is reached through an address other
	 * than its external domain.
	 */
	public static final String INSTANCE_HOST = "x-zitadel-instance-host";

	private ZitadelHeaders() {
	}

	/**
	 * Select the organization of one request, in place of zitadel.organization-id.
	 * @param organizationId the organization's ID
	 * @return a consumer for the request's headers
	 */
	public static Consumer<HttpHeaders> organization(String organizationId) {
		return (headers) -> headers.set(ORGANIZATION_ID, organizationId);
	}

}
