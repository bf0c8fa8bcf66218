package dev.newsstream.topology;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.dedup.DedupConfig;
import dev.newsstream.dedup.DedupDecision;
import dev.newsstream.dedup.DuplicateIndex;
import dev.newsstream.kafka.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The thin Kafka side of deduplication: owns the persistent stores (RocksDB with changelogs)
 * and hands the index store to the pure {@link DuplicateIndex}. It runs on the single partition
 * of the dedup repartition topic, so every article meets every other one whatever input
 * partition it came on.
 *
 * <p>Which copy is the original: each arriving article is held for the reorder window in the
 * {@value #PENDING} store (changelogged, so a crash loses nothing held), and a wall-clock
 * punctuation releases held articles to the index in the order publishedAt (arrival time when
 * absent), then arrival sequence, then id. When an article has waited the whole window, every
 * held article ordered before it is released with it, so a copy that arrives within the window
 * after another one but was published earlier is checked first and becomes the original. There
 * is no retraction: a copy arriving later than the window after an already-released original is
 * its duplicate even when published earlier. A window of zero checks each article on arrival.
 */
final class DedupProcessor implements Processor<String, CleanedArticle, String, Routed> {
    // v2: the exact-shingle layout of DuplicateIndex; a new name so that a store of the old layout is never read
    static final String STORE = "dedup-index-v2";
    static final String PENDING = "dedup-pending";
    private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);
    private static final Duration MAX_TICK = Duration.ofMillis(50);

    private final DedupConfig config;
    private final Duration window;
    private final AvroSerde<CleanedArticle> serde;
    private final PipelineStats stats;
    private ProcessorContext<String, Routed> context;
    private DuplicateIndex index;
    private KeyValueStore<String, byte[]> pending;
    private long arrivals;

    DedupProcessor(DedupConfig config, Duration window, AvroSerde<CleanedArticle> serde, PipelineStats stats) {
        this.config = config;
        this.window = window.isNegative() ? Duration.ZERO : window;
        this.serde = serde;
        this.stats = stats;
    }

    /** The tick of the release punctuation: small against the window, so it adds little latency. */
    static Duration tick(Duration window) {
        Duration half = window.dividedBy(2);
        return half.compareTo(MAX_TICK) > 0 ? MAX_TICK : half.isZero() ? Duration.ofMillis(1) : half;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        KeyValueStore<String, byte[]> store = context.getStateStore(STORE);
        // made after the store is restored: the index rebuilds its in-memory filter from it
        this.index = new DuplicateIndex(config, new StoreAdapter(store));
        // stream time, so that expiry is a function of the input and replays decide alike
        context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME, now -> index.expire(now));
        this.pending = context.getStateStore(PENDING);
        if (!window.isZero()) {
            context.schedule(tick(window), PunctuationType.WALL_CLOCK_TIME, this::release);
        }
    }

    @Override
    public void process(Record<String, CleanedArticle> record) {
        if (window.isZero()) {
            decide(record);
            return;
        }
        long arrival = context.currentSystemTimeMs();
        long sequence = context.recordMetadata().map(m -> m.offset()).orElse(arrivals++);
        CleanedArticle article = record.value();
        long order = article.getPublishedAt() != null ? article.getPublishedAt().toEpochMilli() : arrival;
        pending.put(orderKey(order, sequence, article.getId()), Held.write(arrival, record, serde));
    }

    /**
     * Releases, in key order, every held article up to the last one (in that order) that has
     * waited the whole window.
     */
    private void release(long now) {
        List<KeyValue<String, byte[]>> held = new ArrayList<>();
        int due = 0;
        try (KeyValueIterator<String, byte[]> all = pending.all()) {
            while (all.hasNext()) {
                held.add(all.next());
                if (Held.arrival(held.get(held.size() - 1).value) <= now - window.toMillis()) {
                    due = held.size();
                }
            }
        }
        for (KeyValue<String, byte[]> entry : held.subList(0, due)) {
            pending.delete(entry.key);
            decide(Held.read(entry.value, serde));
        }
    }

    private void decide(Record<String, CleanedArticle> record) {
        CleanedArticle article = record.value();
        long start = System.nanoTime();
        DedupDecision decision = index.check(article.getId(), article.getText(), article.getContentHash(), record.timestamp());
        stats.time("dedup", System.nanoTime() - start);
        if (decision.isDuplicate()) {
            stats.count("duplicate." + decision.method().name().toLowerCase(Locale.ROOT));
            context.forward(record.withValue(new Routed(Routed.Kind.DUPLICATE,
                    Mapping.duplicate(article, decision, context.currentSystemTimeMs()))));
        } else {
            stats.count("unique");
            context.forward(record.withValue(new Routed(Routed.Kind.UNIQUE, article)));
        }
    }

    /** Fixed-width hex (sign bit flipped so that negative times sort first): key order is release order. */
    static String orderKey(long order, long sequence, String id) {
        return String.format("%016x%016x", order ^ Long.MIN_VALUE, sequence) + id;
    }

    /** A held record: arrival time, record timestamp, key, Avro value. */
    private static final class Held {
        static byte[] write(long arrival, Record<String, CleanedArticle> record, AvroSerde<CleanedArticle> serde) {
            byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
            byte[] value = serde.encode(record.value());
            ByteBuffer out = ByteBuffer.allocate(8 + 8 + 4 + (key == null ? 0 : key.length) + value.length);
            out.putLong(arrival).putLong(record.timestamp()).putInt(key == null ? -1 : key.length);
            if (key != null) {
                out.put(key);
            }
            return out.put(value).array();
        }

        static long arrival(byte[] held) {
            return ByteBuffer.wrap(held).getLong();
        }

        static Record<String, CleanedArticle> read(byte[] held, AvroSerde<CleanedArticle> serde) {
            ByteBuffer in = ByteBuffer.wrap(held);
            in.getLong();
            long timestamp = in.getLong();
            int keyLength = in.getInt();
            String key = null;
            if (keyLength >= 0) {
                key = new String(held, in.position(), keyLength, StandardCharsets.UTF_8);
                in.position(in.position() + keyLength);
            }
            byte[] value = new byte[in.remaining()];
            in.get(value);
            return new Record<>(key, serde.decode(value), timestamp);
        }
    }
}
