package dev.newsstream.topology;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts per stage and outcome, and time spent per stage, shared by the stream threads of one
 * instance. `run` logs a snapshot every few seconds.
 */
public final class PipelineStats {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public void count(String name) {
        counts.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    public void time(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    public Map<String, Long> counts() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((k, v) -> snapshot.put(k, v.sum()));
        return snapshot;
    }

    /** Milliseconds spent in each stage so far. */
    public Map<String, Long> stageMillis() {
        Map<String, Long> snapshot = new TreeMap<>();
        nanos.forEach((k, v) -> snapshot.put(k, v.sum() / 1_000_000));
        return snapshot;
    }
}
