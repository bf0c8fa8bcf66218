package dev.newsstream.clean;

/**
 * Storage for per-source line statistics: a HashMap offline, a Kafka Streams RocksDB store in the
 * topology. Single-threaded use. {@link #get} returns null for an unknown key.
 */
public interface FurnitureStore {
    byte[] get(String key);

    void put(String key, byte[] value);

    /** An in-memory store, for `enrich` runs and tests. */
    static FurnitureStore inMemory() {
        java.util.Map<String, byte[]> map = new java.util.HashMap<>();
        return new FurnitureStore() {
            @Override
            public byte[] get(String key) {
                return map.get(key);
            }

            @Override
            public void put(String key, byte[] value) {
                map.put(key, value);
            }
        };
    }
}
