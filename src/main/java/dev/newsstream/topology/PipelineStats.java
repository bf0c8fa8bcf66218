package dev.newsstream.topology;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts per stage and outcome, and time spent per stage, shared by the stream threads of one
 * instance. `run` logs a snapshot every few seconds; listeners (the metrics binding of
 * {@code observe}) see every count and timing as it happens, so histograms keep each sample.
 */
public final class PipelineStats {
    /** Receives every count and stage timing; called on stream threads, so it must be thread-safe and cheap. */
    public interface Listener {
        void counted(String name, long amount);

        void timed(String stage, long elapsedNanos);
    }

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void count(String name) {
        counts.computeIfAbsent(name, k -> new LongAdder()).increment();
        for (Listener l : listeners) {
            l.counted(name, 1);
        }
    }

    public void time(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
        for (Listener l : listeners) {
            l.timed(stage, elapsedNanos);
        }
    }

    /**
     * Adds a listener and replays the counts so far into it, so that a listener attached after
     * the streams started still reports totals (timings before attachment are not replayed).
     */
    public void addListener(Listener listener) {
        listeners.add(listener);
        counts().forEach(listener::counted);
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
