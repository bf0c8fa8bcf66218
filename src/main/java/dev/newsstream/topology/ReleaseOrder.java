package dev.newsstream.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which held articles the dedup reorder buffer releases now, and in which order: the decision
 * of which copy is the original follows from this order alone.
 *
 * <p>Articles are taken in order of their timestamp (the time they were written to the raw
 * topic). The first one is due once the watermark has passed its timestamp plus the window; it
 * is released together with every held article that sorts before it (publishedAt, else
 * timestamp, then where it was written, then id) and was written no later than the window after
 * it, in that order. Then the next, until one is not due. Every article such a step looks at was
 * written before the watermark, so it has arrived whatever the speed of each partition: the
 * order does not depend on how fast partitions were read, or on restarts. An article held for
 * the longest hold is due whatever the watermark: a bound on latency that gives up the order.
 */
final class ReleaseOrder {
    /** A held article: its key in release order, the time it was written, the time it reached dedup. */
    record Held(String key, long timestamp, long arrival) {}

    private ReleaseOrder() {}

    /**
     * The latest write time that is due at {@code watermark}: the watermark less the window,
     * saturating, so that a watermark still at its floor does not wrap round to "everything is due".
     */
    static long latestDue(long watermark, long windowMs) {
        return watermark < Long.MIN_VALUE + windowMs ? Long.MIN_VALUE : watermark - windowMs;
    }

    /**
     * @param held the held articles sorted by key
     * @param heldSince an article that arrived at or before this time is due whatever the watermark
     * @return indexes into {@code held}, in release order
     */
    static List<Integer> due(List<Held> held, long windowMs, long watermark, long heldSince) {
        boolean[] released = new boolean[held.size()];
        List<Integer> order = new ArrayList<>();
        List<Integer> byTime = IntStream.range(0, held.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> held.get(i).timestamp()).thenComparingInt(i -> i))
                .toList();
        long latestDue = latestDue(watermark, windowMs);
        int lowest = 0; // every article before this one in key order is released
        for (int first : byTime) {
            if (released[first]) {
                continue;
            }
            Held next = held.get(first);
            if (next.timestamp() > latestDue && next.arrival() > heldSince) {
                break;
            }
            long horizon = next.timestamp() + windowMs;
            while (released[lowest]) {
                lowest++;
            }
            for (int i = lowest; i <= first; i++) {
                if (!released[i] && held.get(i).timestamp() <= horizon) {
                    released[i] = true;
                    order.add(i);
                }
            }
        }
        return order;
    }
}
