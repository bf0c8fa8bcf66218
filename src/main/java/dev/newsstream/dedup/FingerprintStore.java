package dev.newsstream.dedup;

import java.util.function.BiConsumer;

/**
 * Key-value storage for the duplicate index: a plain map offline, a RocksDB store with a
 * changelog in the topology. Implementations need not be thread-safe: one index owns one store.
 */
public interface FingerprintStore {
    byte[] get(String key);

    void put(String key, byte[] value);

    void delete(String key);

    /** Writes several entries at once; stores with batched writes override this. */
    default void putAll(java.util.Map<String, byte[]> entries) {
        entries.forEach(this::put);
    }

    /** Visits every entry; the visitor must not modify the store. */
    void forEach(BiConsumer<String, byte[]> visitor);
}
