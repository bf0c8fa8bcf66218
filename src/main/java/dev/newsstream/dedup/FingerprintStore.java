package dev.newsstream.dedup;

import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Key-value storage for the duplicate index: a plain sorted map offline, a RocksDB store with a
 * changelog in the topology. Keys compare as their UTF-8 bytes (the index only uses ASCII).
 * Implementations need not be thread-safe: one index owns one store.
 */
public interface FingerprintStore {
    byte[] get(String key);

    void put(String key, byte[] value);

    void delete(String key);

    /** Writes several entries at once; stores with batched writes override this. */
    default void putAll(Map<String, byte[]> entries) {
        entries.forEach(this::put);
    }

    /**
     * Visits the entries whose key starts with {@code prefix}, in key order, until the visitor
     * returns false; the visitor must not modify the store.
     */
    void scan(String prefix, BiPredicate<String, byte[]> visitor);
}
