package io.github.zitadelstarter.autoconfigure;

import reactor.core.scheduler.Schedulers;

/**
 * Guards the token managers' blocking accessors.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class NonBlockingThreads {

	private NonBlockingThreads() {
	}

	/**
	 * Refuse a blocking accessor on a non-blocking thread such as a Netty event loop, on
	 * every call: refusing only when the call would wait would let code work until the
	 * first token refresh and fail then.
	 */
	static void refuse(String accessor) {
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException(accessor + " would block the non-blocking thread "
					+ Thread.currentThread().getName() + "; use accessToken() in reactive code");
		}
	}

}
