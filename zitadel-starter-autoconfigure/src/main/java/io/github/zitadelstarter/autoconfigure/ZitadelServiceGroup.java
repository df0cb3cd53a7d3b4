package io.github.zitadelstarter.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.autoconfigure.HttpClientProperties;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.util.StringUtils;

/**
 * The application's HTTP service group that the starter configures for ZITADEL, and no
 * other group.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ZitadelServiceGroup {

	static final String NAME = "zitadel";

	private ZitadelServiceGroup() {
	}

	/**
	 * Return whether spring.http.serviceclient.zitadel.base-url is set, which the starter
	 * leaves as it is.
	 */
	static boolean hasOwnBaseUrl(ObjectProvider<HttpServiceClientProperties> groupProperties) {
		HttpServiceClientProperties properties = groupProperties.getIfAvailable();
		HttpClientProperties group = (properties != null) ? properties.get(NAME) : null;
		return group != null && StringUtils.hasText(group.getBaseUrl());
	}

}
