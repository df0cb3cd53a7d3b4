package io.github.zitadelstarter.sample;

import org.springframework.web.client.RestClient;

/**
 * Requests to the running sample, as a browser sends them.
 */
final class SampleHttp {

	private SampleHttp() {
	}

	/**
	 * Return what the sample at the given local port serves at GET /organization.
	 */
	static Organization organization(int port) {
		return RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/organization")
			.retrieve()
			.body(Organization.class);
	}

}
