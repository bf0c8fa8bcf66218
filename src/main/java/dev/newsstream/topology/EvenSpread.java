package dev.newsstream.topology;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Deals unique articles to the enrich partitions in turn rather than by a hash of their ids. The
 * enrich stage keeps no state, so any partition will do, and dealing in turn gives every
 * partition (and so every stream thread) the same number of articles: with a hash, one thread
 * can be left with a few dozen articles more than the other at the end of a burst, enriching
 * alone while the other core idles.
 */
final class EvenSpread<V> implements StreamPartitioner<String, V> {
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, V value, int numPartitions) {
        return Optional.of(Set.of(Math.floorMod(next.getAndIncrement(), numPartitions)));
    }
}
