package io.github.zitadelstarter.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.sun.management.OperatingSystemMXBean;
import io.github.zitadelstarter.test.ZitadelTestServer;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Cold starts of {@link StartupBenchmark}'s minimal application with and without the
 * starter, alternating one fresh JVM of each, so that a change in the machine's load
 * hits both sides alike; JMH runs all forks of one side before the other. Prints, for
 * the context's start time, for the CPU time the JVM and its main thread have used when
 * the context is started (which waiting for a busy CPU does not inflate), for the time
 * the JIT compilers have spent by then, and for the classes loaded by then (which the
 * load does not change at all), each start, the medians, the
 * median of the paired differences with a bootstrap interval, and the requests that
 * reached ZITADEL during the starts.
 * <p>
 * Run with {@code -Dbenchmarks.main=io.github.zitadelstarter.benchmarks.StartupComparison
 * -Dbenchmarks.args=ROUNDS} (see the README).
 */
public final class StartupComparison {

	private static final String CHILD = "child";

	private StartupComparison() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals(CHILD)) {
			startOnce(args);
			return;
		}
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 15;
		try (ZitadelTestServer server = ZitadelTestServer.start()) {
			// The first JVMs of a run read the class path from disk: one pair is discarded.
			startInChild(server, true);
			startInChild(server, false);
			server.clearRecordedRequests();
			List<long[]> with = new ArrayList<>();
			List<long[]> without = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				boolean starterFirst = (round % 2 == 0);
				long[] first = startInChild(server, starterFirst);
				long[] second = startInChild(server, !starterFirst);
				with.add(starterFirst ? first : second);
				without.add(starterFirst ? second : first);
				System.out.printf("round %2d: with %5d ms (CPU %5d ms, main thread %5d ms, %5d classes), without %5d ms"
						+ " (CPU %5d ms, main thread %5d ms, %5d classes)%n", round + 1, with.get(round)[0],
						with.get(round)[1], with.get(round)[3], with.get(round)[2], without.get(round)[0],
						without.get(round)[1], without.get(round)[3], without.get(round)[2]);
			}
			report("context start (ms)", with, without, 0);
			report("CPU time at context start (ms)", with, without, 1);
			report("classes loaded at context start", with, without, 2);
			report("CPU time of the main thread at context start (ms)", with, without, 3);
			report("JIT compilation time at context start (ms)", with, without, 4);
			System.out.printf("requests that reached ZITADEL during the starts: %d%n", server.requests().size());
		}
	}

	private static void report(String measure, List<long[]> with, List<long[]> without, int index) {
		List<Long> withValues = with.stream().map((values) -> values[index]).toList();
		List<Long> withoutValues = without.stream().map((values) -> values[index]).toList();
		List<Long> differences = new ArrayList<>();
		for (int round = 0; round < with.size(); round++) {
			differences.add(withValues.get(round) - withoutValues.get(round));
		}
		long[] interval = bootstrapInterval(differences);
		System.out.printf("%s: median with the starter %d, without %d; added, median of %d paired differences: %d"
				+ " (95 %% bootstrap interval %d to %d)%n", measure, median(withValues),
				median(withoutValues), differences.size(), median(differences), interval[0], interval[1]);
	}

	private static long[] startInChild(ZitadelTestServer server, boolean withStarter)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), StartupComparison.class.getName(), CHILD,
				String.valueOf(withStarter)));
		server.properties().forEach((name, value) -> command.add(name + "=" + value));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("Start failed: " + output);
		}
		String[] lines = output.split("\\R");
		return Arrays.stream(lines[lines.length - 1].trim().split(" ")).mapToLong(Long::parseLong).toArray();
	}

	private static void startOnce(String[] args) {
		boolean withStarter = Boolean.parseBoolean(args[1]);
		Map<String, String> properties = new LinkedHashMap<>();
		Arrays.stream(args, 2, args.length).forEach((argument) -> {
			String[] property = argument.split("=", 2);
			properties.put(property[0], property[1]);
		});
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = Clients.start(properties, withStarter)) {
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
					/ 1_000_000;
			int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
			long mainThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
			long compilation = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			System.out.println(elapsed + " " + cpu + " " + classes + " " + mainThreadCpu + " " + compilation);
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static long[] bootstrapInterval(List<Long> differences) {
		Random random = new Random(42);
		List<Long> medians = new ArrayList<>();
		for (int sample = 0; sample < 10_000; sample++) {
			List<Long> resampled = new ArrayList<>();
			for (int i = 0; i < differences.size(); i++) {
				resampled.add(differences.get(random.nextInt(differences.size())));
			}
			medians.add(median(resampled));
		}
		List<Long> sorted = medians.stream().sorted().toList();
		return new long[] { sorted.get(250), sorted.get(9_749) };
	}

}
