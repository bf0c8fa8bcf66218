package dev.newsstream.topology;

import dev.newsstream.clean.FurnitureStore;
import dev.newsstream.dedup.FingerprintStore;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;

/** A task's Kafka Streams store (RocksDB with a changelog) as the storage the stateful stages ask for. */
record StoreAdapter(KeyValueStore<String, byte[]> store) implements FingerprintStore, FurnitureStore {
    @Override
    public byte[] get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, byte[] value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public void putAll(Map<String, byte[]> entries) {
        store.putAll(entries.entrySet().stream().map(e -> KeyValue.pair(e.getKey(), e.getValue())).toList());
    }

    @Override
    public void scan(String prefix, BiPredicate<String, byte[]> visitor) {
        try (var range = store.prefixScan(prefix, new StringSerializer())) {
            while (range.hasNext()) {
                var kv = range.next();
                if (!visitor.test(kv.key, kv.value)) {
                    return;
                }
            }
        }
    }
}
