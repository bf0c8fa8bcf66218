package dev.newsstream.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time per group of live threads (stream threads, broker, clients, and on Linux the JVM's own
 * JIT compiler and GC threads) since this meter started: where a measured phase's cores went.
 */
final class ThreadCpuMeter {
    static final String STREAM_THREADS = "stream threads";
    static final String JIT_COMPILER = "jit compiler";
    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture the JDK runs on. */
    private static final int TICKS_PER_SECOND = 100;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanos = new HashMap<>();
    private final Map<String, Long> startVmTicks = vmThreadTicks();
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
        vmThreadTicks().forEach((group, ticks) ->
                seconds.merge(group, (double) (ticks - startVmTicks.getOrDefault(group, 0L)) / TICKS_PER_SECOND, Double::sum));
        return seconds;
    }

    /**
     * CPU ticks of the JVM's own threads, which the thread MX bean does not list, by group; empty
     * where {@code /proc} is not there. Their names are fixed by HotSpot: "C2 CompilerThread0",
     * "GC Thread#1", "G1 Conc#0" and so on.
     */
    static Map<String, Long> vmThreadTicks() {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String group = vmGroup(name);
                    if (group != null) {
                        // after the name: state is field 3, user time field 14 and system time field 15
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks.merge(group, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The group of a JVM thread by its (15-character) Linux name, or null for a Java thread. */
    static String vmGroup(String linuxName) {
        if (linuxName.startsWith("C1 CompilerThre") || linuxName.startsWith("C2 CompilerThre")) {
            return JIT_COMPILER;
        }
        if (linuxName.startsWith("GC Thread") || linuxName.startsWith("G1 ")) {
            return "garbage collector";
        }
        return linuxName.startsWith("VM ") ? "vm" : null;
    }

    /** Cores per thread group over the time since the start, largest first, those of at least 0.005 cores. */
    String cores(Map<String, Double> secondsByGroup) {
        double wallSeconds = (System.nanoTime() - startWall) / 1e9;
        double total = secondsByGroup.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "threads %.2f cores: ", total / wallSeconds) + secondsByGroup.entrySet().stream()
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
