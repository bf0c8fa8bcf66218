package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.WireFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * The three terminal topics (enriched, duplicates, dlq), read with read_committed from the
 * beginning, so a record counts only once its transaction committed.
 */
final class Outputs implements AutoCloseable {
    final Map<String, EnrichedArticle> enriched = new HashMap<>();
    final Map<String, DuplicateArticle> duplicates = new HashMap<>();
    final Map<String, DeadLetter> dead = new HashMap<>();
    final Map<String, List<String>> seen = new HashMap<>();
    private final java.util.Set<String> read = new java.util.HashSet<>();
    private final WireFormat wire = new WireFormat();
    private final KafkaConsumer<String, byte[]> consumer;
    private final NewsConfig config;

    Outputs(NewsConfig config, String bootstrap) {
        this.config = config;
        var props = ClientSettings.consumer(config, bootstrap, "it-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(config.topics().enriched(), config.topics().duplicates(), config.topics().dlq()));
    }

    void awaitIds(Collection<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seen.keySet().containsAll(ids)) {
            assertTrue(System.nanoTime() < deadline, () -> "timed out; missing "
                    + ids.stream().filter(id -> !seen.containsKey(id)).sorted().toList());
            poll();
        }
    }

    void awaitCount(String id, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(id) < count) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + id + "; outputs so far: " + seen);
            poll();
        }
    }

    /** Waits until at least {@code n} distinct ids came out. */
    void awaitAtLeast(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.size() < n) {
            assertTrue(System.nanoTime() < deadline, "timed out with " + seen.size() + " of " + n + " outputs");
            poll();
        }
    }

    /** Keeps reading for a while, so that a late second output of an id would be seen. */
    void drain(Duration quiet) {
        long end = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < end) {
            poll();
        }
    }

    private void poll() {
        for (var r : consumer.poll(Duration.ofMillis(300))) {
            if (!read.add(r.topic() + "/" + r.partition() + "@" + r.offset())) {
                continue; // read again after the reader's group was reset (a broker restart): one record
            }
            String id;
            if (r.topic().equals(config.topics().enriched())) {
                EnrichedArticle a = wire.enriched.decode(r.value());
                id = a.getId();
                enriched.put(id, a);
            } else if (r.topic().equals(config.topics().duplicates())) {
                DuplicateArticle d = wire.duplicate.decode(r.value());
                id = d.getId();
                duplicates.put(id, d);
            } else {
                DeadLetter d = wire.deadLetter.decode(r.value());
                id = d.getArticleId() != null ? d.getArticleId() : r.key();
                dead.put(id, d);
            }
            seen.computeIfAbsent(id, k -> new ArrayList<>()).add(r.topic());
        }
    }

    int count(String id) {
        return seen.getOrDefault(id, List.of()).size();
    }

    List<String> where(String id) {
        return seen.getOrDefault(id, List.of());
    }

    /** Ids that came out more than once, with where they came out. */
    Map<String, List<String>> repeated() {
        Map<String, List<String>> out = new HashMap<>();
        seen.forEach((id, topics) -> {
            if (topics.size() > 1) {
                out.put(id, topics);
            }
        });
        return out;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
