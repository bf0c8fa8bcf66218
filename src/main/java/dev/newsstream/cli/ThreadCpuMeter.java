package dev.newsstream.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time per group of live Java threads (stream threads, broker, clients) since this
 * meter started: where a measured phase's cores went. JIT and GC threads are not Java threads and
 * are left out here; the bench's process CPU and JIT share cover them.
 */
final class ThreadCpuMeter {
    static final String STREAM_THREADS = "stream threads";
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanos = new HashMap<>();
    private final long startWall = System.nanoTime();

    ThreadCpuMeter() {
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                startNanos.put(id, cpu);
            }
        }
    }

    /** CPU seconds per thread group since the start; threads that ended before this call are not seen. */
    Map<String, Double> secondsByGroup() {
        Map<String, Double> seconds = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info != null && cpu >= 0) {
                seconds.merge(group(info.getThreadName()), (cpu - startNanos.getOrDefault(id, 0L)) / 1e9, Double::sum);
            }
        }
        return seconds;
    }

    /** Cores per thread group over the time since the start, largest first, those of at least 0.005 cores. */
    String cores(Map<String, Double> secondsByGroup) {
        double wallSeconds = (System.nanoTime() - startWall) / 1e9;
        double total = secondsByGroup.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "java threads %.2f cores: ", total / wallSeconds) + secondsByGroup.entrySet().stream()
                .filter(e -> e.getValue() / wallSeconds >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue() / wallSeconds))
                .collect(Collectors.joining(", "));
    }

    /** A thread's name without its numbers and instance ids, so that a pool's threads add up. */
    static String group(String name) {
        if (name.contains("-StreamThread-")) {
            return name.contains("producer") ? "stream producer network" : STREAM_THREADS;
        }
        return name.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "")
                .replaceAll("\\d+", "#");
    }
}
