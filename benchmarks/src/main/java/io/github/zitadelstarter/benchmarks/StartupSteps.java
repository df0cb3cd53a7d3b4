package io.github.zitadelstarter.benchmarks;

import java.util.Map;
import java.util.TreeMap;

import io.github.zitadelstarter.test.ZitadelTestServer;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep.Tag;

/**
 * One cold start of {@link StartupBenchmark}'s minimal application, with the starter or
 * without, recorded with Spring's {@link BufferingApplicationStartup}: prints the start
 * time, then each startup step (bean instantiation per bean, configuration class
 * parsing, and so on) with its duration in microseconds, children included, so that two
 * sets of starts can be compared step by step.
 * <p>
 * Run with {@code -Dbenchmarks.main=io.github.zitadelstarter.benchmarks.StartupSteps
 * -Dbenchmarks.args=true} (or {@code false}; see the README).
 */
public final class StartupSteps {

	private StartupSteps() {
	}

	public static void main(String[] args) {
		boolean withStarter = Boolean.parseBoolean(args[0]);
		try (ZitadelTestServer server = ZitadelTestServer.start()) {
			BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
			long start = System.nanoTime();
			Clients.application(server.properties(), withStarter).applicationStartup(startup).run().close();
			System.out.println("total\t" + (System.nanoTime() - start) / 1_000_000);
			Map<String, Long> durations = new TreeMap<>();
			for (TimelineEvent event : startup.getBufferedTimeline().getEvents()) {
				StringBuilder step = new StringBuilder(event.getStartupStep().getName());
				for (Tag tag : event.getStartupStep().getTags()) {
					if (tag.getKey().equals("beanName") || tag.getKey().equals("configClass")) {
						step.append(' ').append(tag.getValue());
					}
				}
				durations.merge(step.toString(), event.getDuration().toNanos() / 1000, Long::sum);
			}
			durations.forEach((step, micros) -> System.out.println("step\t" + step + "\t" + micros));
		}
	}

}
