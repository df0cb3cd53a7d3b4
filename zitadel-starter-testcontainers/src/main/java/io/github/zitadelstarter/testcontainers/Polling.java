package io.github.zitadelstarter.testcontainers;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Repeats an attempt until it succeeds or a deadline passes, with a pause between
 * attempts: how this module waits for ZITADEL, whose read side (its projections) catches
 * up shortly after each change.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Polling {

	static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

	private final Clock clock;

	private final Pause pause;

	private final Duration interval;

	Polling(Clock clock, Pause pause, Duration interval) {
		this.clock = clock;
		this.pause = pause;
		this.interval = interval;
	}

	/**
	 * Return a polling on the system clock that sleeps between attempts.
	 */
	static Polling standard() {
		return new Polling(Clock.systemUTC(), (duration) -> Thread.sleep(duration.toMillis()), DEFAULT_INTERVAL);
	}

	/**
	 * Return the instant the given timeout from now ends at.
	 */
	Instant deadline(Duration timeout) {
		return this.clock.instant().plus(timeout);
	}

	/**
	 * Repeat the attempt until it succeeds. An attempt that cannot reach ZITADEL
	 * ({@link IOException}) counts as not yet; any other exception ends the polling.
	 * @param goal what the attempts wait for, for the message of a timeout
	 * @param deadline when to give up
	 * @param attempt the attempt
	 * @return the value of the successful attempt
	 * @throws IllegalStateException if the deadline passes first, with the last
	 * attempt's outcome
	 */
	<T> T until(String goal, Instant deadline, Attempt<T> attempt) {
		while (true) {
			Outcome<T> outcome;
			try {
				outcome = attempt.attempt();
			}
			catch (IOException ex) {
				outcome = Outcome.notYet(ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			if (outcome.value() != null) {
				return outcome.value();
			}
			if (this.clock.instant().plus(this.interval).isAfter(deadline)) {
				throw new IllegalStateException("Gave up waiting for " + goal + ": " + outcome.notYet());
			}
			try {
				this.pause.pause(this.interval);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + goal, ex);
			}
		}
	}

	/**
	 * One attempt.
	 *
	 * @param <T> the type of the value it yields
	 */
	@FunctionalInterface
	interface Attempt<T> {

		Outcome<T> attempt() throws IOException;

	}

	/**
	 * Outcome of an attempt: a value, or why there is none yet.
	 *
	 * @param <T> the type of the value
	 * @param value the value, or {@code null} if there is none yet
	 * @param notYet why there is no value yet, or {@code null} if there is one
	 */
	record Outcome<T>(@Nullable T value, @Nullable String notYet) {

		static <T> Outcome<T> done(T value) {
			return new Outcome<>(value, null);
		}

		static <T> Outcome<T> notYet(String reason) {
			return new Outcome<>(null, reason);
		}

	}

	/**
	 * Waits between two attempts.
	 */
	@FunctionalInterface
	interface Pause {

		void pause(Duration duration) throws InterruptedException;

	}

}
