package dev.newsstream.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** An in-memory store for tests and single-process use. */
public final class MapFingerprintStore implements FingerprintStore {
    private final Map<String, byte[]> map = new HashMap<>();

    @Override
    public byte[] get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, byte[] value) {
        map.put(key, value);
    }

    @Override
    public void delete(String key) {
        map.remove(key);
    }

    @Override
    public void forEach(BiConsumer<String, byte[]> visitor) {
        map.forEach(visitor);
    }

    public int size() {
        return map.size();
    }
}
