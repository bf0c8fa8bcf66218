package dev.newsstream.topology;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.dedup.DedupConfig;
import dev.newsstream.dedup.DedupDecision;
import dev.newsstream.dedup.DuplicateIndex;
import dev.newsstream.kafka.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The thin Kafka side of deduplication: owns the persistent stores (RocksDB with changelogs)
 * and hands the index store to the pure {@link DuplicateIndex}. It runs on the single partition
 * of the dedup repartition topic, so every article meets every other one whatever input
 * partition it came on.
 *
 * <p>Which copy is the original: each arriving article is held in the {@value #PENDING} store
 * (changelogged, so a crash loses nothing held) and released by a wall-clock punctuation in the
 * order {@link ReleaseOrder} gives: publishedAt (else the time it was written to the raw topic),
 * then that time, then id, among articles written within the reorder window of each other.
 * An article waits until the {@link Watermark} says every intake partition has passed its
 * write time plus the window, so a copy still on the way from a slower partition (after a
 * restart, say) is waited for: the choice does not depend on how fast partitions were read.
 * No article is held longer than {@code dedup.max.hold.ms}, whatever the watermark says (a
 * partition that keeps sending records written long ago would otherwise hold live ones back).
 * There is no retraction: a copy written later than the window after an already-released
 * original is its duplicate even when published earlier. A window of zero checks each article
 * on arrival.
 */
final class DedupProcessor implements Processor<String, CleanedArticle, String, Routed> {
    // v2: the exact-shingle layout of DuplicateIndex; a new name so that a store of the old layout is never read
    static final String STORE = "dedup-index-v2";
    static final String PENDING = "dedup-pending";
    /** Newest timestamp heard from each intake partition: the watermark survives a restart. */
    static final String PROGRESS = "dedup-progress";
    /** Every store the processor uses, to connect to it. */
    static final String[] STORES = {STORE, PENDING, PROGRESS};
    private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);
    private static final Duration MAX_TICK = Duration.ofMillis(50);

    private final DedupConfig config;
    private final NewsConfig.DedupReorder reorder;
    private final int partitions;
    private final AvroSerde<CleanedArticle> serde;
    private final PipelineStats stats;
    private ProcessorContext<String, Routed> context;
    private DuplicateIndex index;
    private KeyValueStore<String, byte[]> pending;
    private KeyValueStore<String, byte[]> progress;
    private Watermark watermark;
    private final Set<Integer> progressed = new HashSet<>();
    // what the last scan of the held articles left, so that a tick can tell when nothing is due
    private boolean arrivedSinceScan = true;
    private long earliestHeldTimestamp = Long.MAX_VALUE;
    private long earliestHeldArrival = Long.MAX_VALUE;

    /** @param partitions the intake partitions the watermark waits for at a fresh start */
    DedupProcessor(DedupConfig config, NewsConfig.DedupReorder reorder, int partitions, AvroSerde<CleanedArticle> serde,
                   PipelineStats stats) {
        this.config = config;
        this.reorder = reorder;
        this.partitions = partitions;
        this.serde = serde;
        this.stats = stats;
    }

    /** Adds the processor's stores (RocksDB, changelogged) to a topology. */
    static void addStores(StreamsBuilder builder) {
        for (String name : STORES) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.ByteArray()));
        }
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
        if (!reorder.window().isZero()) {
            this.progress = context.getStateStore(PROGRESS);
            long now = context.currentSystemTimeMs();
            this.watermark = new Watermark(partitions, reorder.lag().toMillis(), reorder.idle().toMillis(), now);
            try (KeyValueIterator<String, byte[]> known = progress.all()) {
                known.forEachRemaining(kv -> watermark.restore(Integer.parseInt(kv.key), ByteBuffer.wrap(kv.value).getLong(), now));
            }
            context.schedule(tick(reorder.window()), PunctuationType.WALL_CLOCK_TIME, this::release);
        }
    }

    @Override
    public void process(Record<String, CleanedArticle> record) {
        IntakeProcessor.Source source = IntakeProcessor.Source.of(record.headers());
        if (reorder.window().isZero()) {
            decide(record.withHeaders(IntakeProcessor.Source.strip(record.headers())));
            return;
        }
        if (watermark.heard(source.partition(), record.timestamp(), context.currentSystemTimeMs(), source.lastAt())) {
            progressed.add(source.partition());
        }
        Instant published = record.value().getPublishedAt();
        long order = published != null ? published.toEpochMilli() : record.timestamp();
        arrivedSinceScan = true;
        pending.put(orderKey(order, record.timestamp(), source, record.value().getId()),
                Held.write(context.currentSystemTimeMs(), record, serde));
    }

    /** Releases the held articles that are due, in {@link ReleaseOrder}. */
    private void release(long now) {
        for (int partition : progressed) {
            progress.put(String.valueOf(partition), ByteBuffer.allocate(8).putLong(watermark.newest(partition)).array());
        }
        progressed.clear();
        long ready = Math.min(now, watermark.at(now));
        long heldSince = now - reorder.maxHold().toMillis();
        // a full scan reads every held value: skip it while nothing held can have become due
        long window = reorder.window().toMillis();
        if (!arrivedSinceScan && ReleaseOrder.latestDue(ready, window) < earliestHeldTimestamp && heldSince < earliestHeldArrival) {
            return;
        }
        arrivedSinceScan = false;
        List<KeyValue<String, byte[]>> held = new ArrayList<>();
        List<ReleaseOrder.Held> times = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                held.add(entry);
                times.add(new ReleaseOrder.Held(entry.key, Held.timestamp(entry.value), Held.arrival(entry.value)));
            }
        }
        Set<Integer> released = new HashSet<>();
        for (int i : ReleaseOrder.due(times, window, ready, heldSince)) {
            released.add(i);
            pending.delete(held.get(i).key);
            decide(Held.read(held.get(i).value, serde));
        }
        earliestHeldTimestamp = Long.MAX_VALUE;
        earliestHeldArrival = Long.MAX_VALUE;
        for (int i = 0; i < times.size(); i++) {
            if (!released.contains(i)) {
                earliestHeldTimestamp = Math.min(earliestHeldTimestamp, times.get(i).timestamp());
                earliestHeldArrival = Math.min(earliestHeldArrival, times.get(i).arrival());
            }
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

    /**
     * Fixed-width hex (sign bits flipped so that negative values sort first): publishedAt or write
     * time, write time, intake partition and offset (which tell apart copies written in the same
     * millisecond, in the order they were written), then id. Key order is release order.
     */
    static String orderKey(long order, long timestamp, IntakeProcessor.Source source, String id) {
        return String.format("%016x%016x%08x%016x", order ^ Long.MIN_VALUE, timestamp ^ Long.MIN_VALUE,
                source.partition() ^ Integer.MIN_VALUE, source.offset() ^ Long.MIN_VALUE) + id;
    }

    /**
     * A held record: arrival time, record timestamp, key, Avro value (the layout of the
     * previous version's held records too, so that those held at an upgrade are still released).
     */
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

        static long timestamp(byte[] held) {
            return ByteBuffer.wrap(held).getLong(8);
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
