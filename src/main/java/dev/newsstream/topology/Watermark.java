package dev.newsstream.topology;

import java.util.HashMap;
import java.util.Map;

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
    private final Map<Integer, Progress> partitions = new HashMap<>();

    /** What is known of one intake partition. */
    private static final class Progress {
        long newest;
        long heardAt;
        /** When its newest record was seen to be its last; {@link Long#MIN_VALUE} when not known. */
        long lastAt = Long.MIN_VALUE;
        /** False from a start until a record of it arrives. */
        boolean heard;

        Progress(long newest, long heardAt) {
            this.newest = newest;
            this.heardAt = heardAt;
        }
    }

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
        partitions.put(partition, new Progress(newestTimestamp, now));
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
        Progress p = partitions.get(partition);
        boolean moved = p == null || p.newest < timestamp;
        if (p == null) {
            p = new Progress(timestamp, now);
            partitions.put(partition, p);
        }
        p.heardAt = now;
        p.lastAt = recordLastAt;
        p.heard = true;
        p.newest = Math.max(p.newest, timestamp);
        return moved;
    }

    long newest(int partition) {
        Progress p = partitions.get(partition);
        return p == null ? Long.MIN_VALUE : p.newest;
    }

    /** Everything written before this time has reached dedup; {@link Long#MAX_VALUE} when no partition is behind. */
    long at(long now) {
        long watermark = Long.MAX_VALUE;
        for (Progress p : partitions.values()) {
            boolean idle = now - p.heardAt >= idleMs;
            boolean behind = !p.heard || p.heardAt - p.newest > lagMs;
            if (behind && !idle) {
                watermark = Math.min(watermark, Math.max(p.newest, p.lastAt));
            }
        }
        return watermark;
    }
}
