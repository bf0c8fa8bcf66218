package dev.newsstream.dedup;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/** An in-memory store for tests and single-process use. */
public final class MapFingerprintStore implements FingerprintStore {
    // the index writes ASCII keys only, so String order is the byte order RocksDB uses
    private final TreeMap<String, byte[]> map = new TreeMap<>();

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
    public void scan(String prefix, BiPredicate<String, byte[]> visitor) {
        for (Map.Entry<String, byte[]> e : map.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix) || !visitor.test(e.getKey(), e.getValue())) {
                return;
            }
        }
    }

    public int size() {
        return map.size();
    }
}
