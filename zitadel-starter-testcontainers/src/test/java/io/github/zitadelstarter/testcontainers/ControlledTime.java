package io.github.zitadelstarter.testcontainers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A clock that moves only when the code under test pauses, so that polling runs through
 * its deadline without waiting.
 */
final class ControlledTime extends Clock implements Polling.Pause {

	private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final AtomicInteger pauses = new AtomicInteger();

	Polling polling() {
		return new Polling(this, this, Polling.DEFAULT_INTERVAL);
	}

	int pauses() {
		return this.pauses.get();
	}

	@Override
	public void pause(Duration duration) {
		this.pauses.incrementAndGet();
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
