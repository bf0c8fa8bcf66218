package dev.newsstream.kafka;

/**
 * Where each raw partition ended when it was last looked at. Intake asks it whether the record
 * it just read was then the last one, so that dedup can stop waiting for a partition that has
 * nothing more to read instead of waiting for it to fall silent.
 */
@FunctionalInterface
public interface PartitionEnds {
    /** Nothing is known: dedup waits for silence, as it must without a broker to ask. */
    PartitionEnds UNKNOWN = (partition, offset) -> Long.MIN_VALUE;

    /**
     * The wall time at which {@code offset} was seen to be the last readable record of
     * {@code partition}, or {@link Long#MIN_VALUE} when that is not known (the end was last looked
     * at before the record was written, or later records were already there).
     */
    long lastAt(int partition, long offset);
}
