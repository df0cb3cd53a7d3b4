package io.github.zitadelstarter.test;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A failure the test server's token endpoint answers with instead of serving a request.
 *
 * @author ZITADEL Spring Boot Starter contributors
 * @see ZitadelTestServer#failNextTokenRequests(int, TokenEndpointFault)
 */
public final class TokenEndpointFault {

	private final Kind kind;

	private final int status;

	private final @Nullable Duration duration;

	private TokenEndpointFault(Kind kind, int status, @Nullable Duration duration) {
		this.kind = kind;
		this.status = status;
		this.duration = duration;
	}

	/**
	 * Answer 503 Service Unavailable.
	 * @return the fault
	 */
	public static TokenEndpointFault serviceUnavailable() {
		return new TokenEndpointFault(Kind.STATUS, 503, null);
	}

	/**
	 * Answer 429 Too Many Requests without a Retry-After header, as ZITADEL Cloud's rate
	 * limiter is assumed to.
	 * @return the fault
	 */
	public static TokenEndpointFault tooManyRequests() {
		return new TokenEndpointFault(Kind.STATUS, 429, null);
	}

	/**
	 * Answer 429 Too Many Requests with a Retry-After header in whole seconds.
	 * @param retryAfter how long the client is told to wait
	 * @return the fault
	 */
	public static TokenEndpointFault tooManyRequests(Duration retryAfter) {
		return new TokenEndpointFault(Kind.STATUS, 429, retryAfter);
	}

	/**
	 * Serve the request normally, but only after a delay.
	 * @param delay how long to wait before answering
	 * @return the fault
	 */
	public static TokenEndpointFault delay(Duration delay) {
		return new TokenEndpointFault(Kind.DELAY, 0, delay);
	}

	/**
	 * Close the connection without answering.
	 * @return the fault
	 */
	public static TokenEndpointFault dropConnection() {
		return new TokenEndpointFault(Kind.DROP_CONNECTION, 0, null);
	}

	Kind kind() {
		return this.kind;
	}

	int status() {
		return this.status;
	}

	@Nullable Duration duration() {
		return this.duration;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case STATUS -> "status " + this.status + ((this.duration != null) ? " retry after " + this.duration : "");
			case DELAY -> "delay " + this.duration;
			case DROP_CONNECTION -> "dropped connection";
		};
	}

	enum Kind {

		STATUS, DELAY, DROP_CONNECTION

	}

}
