package dev.newsstream.topology;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How far every intake partition has got, for the dedup reorder buffer: the largest record
 * timestamp heard from each, and when it was last heard.
 *
 * <p>A partition holds the watermark back at its largest timestamp while it is <em>behind</em>:
 * its newest record reached dedup more than {@code lagMs} after it was written, as in a catch-up
 * after a restart, when partitions run at different speeds and a copy of an article can still be
 * on the way from a slower one. A partition that keeps up holds nothing back (live traffic keeps
 * the latency of the reorder window alone), and neither does one not heard from for
 * {@code idleMs} (it has nothing more, or is gone). A partition whose newest record was then its
 * last ({@link IntakeProcessor.Source#lastAt}) holds the watermark back no further than that time:
 * at the end of a catch-up the watermark need not wait for it to fall silent. Timestamps within a
 * partition are taken to rise, as they do for one producer or a topic with log-append time.
 */
final class Watermark {
    private final long lagMs;
    private final long idleMs;
    private final Map<Integer, Long> newest = new HashMap<>();
    private final Map<Integer, Long> heardAt = new HashMap<>();
    private final Map<Integer, Long> lastAt = new HashMap<>();
    private final Set<Integer> notYetHeard = new HashSet<>();

    /**
     * @param partitions the intake partitions expected: each holds the watermark back until it is
     *     first heard from or {@code idleMs} pass, so that a fresh start waits for every partition
     */
    Watermark(int partitions, long lagMs, long idleMs, long now) {
        this.lagMs = lagMs;
        this.idleMs = idleMs;
        for (int p = 0; p < partitions; p++) {
            restore(p, Long.MIN_VALUE, now);
        }
    }

    /**
     * A partition known before a restart: taken as behind until it is heard from again or
     * {@code idleMs} pass, so that nothing is released ahead of a copy it may still bring.
     */
    void restore(int partition, long newestTimestamp, long now) {
        newest.put(partition, newestTimestamp);
        heardAt.put(partition, now);
        lastAt.remove(partition);
        notYetHeard.add(partition);
    }

    /** Notes a record; returns true when the partition's newest timestamp moved (to persist it). */
    boolean heard(int partition, long timestamp, long now) {
        return heard(partition, timestamp, now, Long.MIN_VALUE);
    }

    /**
     * Notes a record that was the last of its partition at {@code recordLastAt} (or
     * {@link Long#MIN_VALUE} when not known); returns true when the partition's newest timestamp moved.
     */
    boolean heard(int partition, long timestamp, long now, long recordLastAt) {
        heardAt.put(partition, now);
        lastAt.put(partition, recordLastAt);
        notYetHeard.remove(partition);
        Long before = newest.get(partition);
        if (before != null && before >= timestamp) {
            return false;
        }
        newest.put(partition, timestamp);
        return true;
    }

    long newest(int partition) {
        return newest.getOrDefault(partition, Long.MIN_VALUE);
    }

    /** Everything written before this time has reached dedup; {@link Long#MAX_VALUE} when no partition is behind. */
    long at(long now) {
        long watermark = Long.MAX_VALUE;
        for (Map.Entry<Integer, Long> e : newest.entrySet()) {
            long heard = heardAt.get(e.getKey());
            boolean idle = now - heard >= idleMs;
            boolean behind = notYetHeard.contains(e.getKey()) || heard - e.getValue() > lagMs;
            if (behind && !idle) {
                watermark = Math.min(watermark, Math.max(e.getValue(), lastAt.getOrDefault(e.getKey(), Long.MIN_VALUE)));
            }
        }
        return watermark;
    }
}
