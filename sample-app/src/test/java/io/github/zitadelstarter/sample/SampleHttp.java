package io.github.zitadelstarter.sample;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Requests to the running sample, as a browser sends them.
 */
final class SampleHttp {

	private SampleHttp() {
	}

	/**
	 * Return what the sample at the given local port serves at GET /organization, within
	 * timeouts, so that a request that gets no answer fails the test instead of holding
	 * the build.
	 */
	static Organization organization(int port) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
		requestFactory.setReadTimeout(Duration.ofSeconds(60));
		return RestClient.builder()
			.requestFactory(requestFactory)
			.baseUrl("http://127.0.0.1:" + port)
			.build()
			.get()
			.uri("/organization")
			.retrieve()
			.body(Organization.class);
	}

}
