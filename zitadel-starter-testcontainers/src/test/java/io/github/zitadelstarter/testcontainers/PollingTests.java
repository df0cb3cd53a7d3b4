package io.github.zitadelstarter.testcontainers;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.github.zitadelstarter.testcontainers.Polling.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Specification of {@link Polling}.
 */
class PollingTests {

	private final ControlledTime time = new ControlledTime();

	private final Polling polling = this.time.polling();

	@Test
	void returnsTheFirstValueWithoutPausing() {
		assertThat(this.polling.until("a value", this.polling.deadline(Duration.ofSeconds(5)), () -> Outcome.done("a")))
			.isEqualTo("a");
		assertThat(this.time.pauses()).isZero();
	}

	@Test
	void pausesBetweenAttemptsUntilOneSucceeds() {
		Deque<Outcome<String>> outcomes = new ArrayDeque<>(
				List.of(Outcome.notYet("starting"), Outcome.notYet("starting"), Outcome.done("ready")));
		assertThat(this.polling.until("ready", this.polling.deadline(Duration.ofSeconds(5)), outcomes::poll))
			.isEqualTo("ready");
		assertThat(this.time.pauses()).isEqualTo(2);
	}

	@Test
	void anAnswerlessAttemptCountsAsNotYet() {
		Deque<Object> outcomes = new ArrayDeque<>(List.of(new ConnectException("Connection refused"), "ready"));
		String value = this.polling.until("ready", this.polling.deadline(Duration.ofSeconds(5)), () -> {
			Object next = outcomes.poll();
			if (next instanceof IOException ex) {
				throw ex;
			}
			return Outcome.done((String) next);
		});
		assertThat(value).isEqualTo("ready");
	}

	@Test
	void givesUpAtTheDeadlineWithTheLastReason() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.polling.until("ZITADEL", this.polling.deadline(Duration.ofSeconds(5)),
					() -> Outcome.notYet("HTTP 503")))
			.withMessage("Gave up waiting for ZITADEL: HTTP 503");
		assertThat(this.time.pauses()).as("every half second for 5 seconds").isEqualTo(10);
	}

	@Test
	void anotherExceptionEndsThePolling() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.polling.until("ZITADEL", this.polling.deadline(Duration.ofSeconds(5)), () -> {
				throw new IllegalStateException("ListUsers refused: HTTP 403");
			}))
			.withMessage("ListUsers refused: HTTP 403");
		assertThat(this.time.pauses()).isZero();
	}

	@Test
	void anInterruptedPauseEndsThePollingAndKeepsTheInterrupt() {
		Polling interrupted = new Polling(this.time, (duration) -> {
			throw new InterruptedException();
		}, Polling.DEFAULT_INTERVAL);
		try {
			assertThatIllegalStateException()
				.isThrownBy(() -> interrupted.until("ZITADEL", interrupted.deadline(Duration.ofSeconds(5)),
						() -> Outcome.notYet("starting")))
				.withMessage("Interrupted while waiting for ZITADEL");
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

}
