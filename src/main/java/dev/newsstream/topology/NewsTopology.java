package dev.newsstream.topology;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.EntityRecord;
import dev.newsstream.avro.QuoteRecord;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.AvroSerde;
import dev.newsstream.kafka.PartitionEnds;
import dev.newsstream.kafka.WireFormat;
import java.util.Map;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The one place that wires the stages to topics, in the brief's order:
 * decode + validate + clean, then deduplicate, then enrich, then publish.
 *
 * <pre>
 * raw ─ intake ─┬─ dead ───────────────────────────────────────────────▶ dlq
 *               └─ cleaned ─▶ [dedup repartition, 1 partition] ─ dedup ─┬─ duplicate ─▶ duplicates
 *                                                                       └─ unique ─▶ [enrich repartition, N partitions]
 *                                       enrich ─┬─ enriched ▶ enriched ─ entity ▶ entities ─ quote ▶ quotes ─ dead ▶ dlq
 * </pre>
 *
 * Dedup runs on a single partition so that every pair of articles meets whatever input
 * partition they came on; its cost per article is a few hundred microseconds, far below the
 * NER stage that the enrich repartition spreads over every instance.
 */
public final class NewsTopology {
    private NewsTopology() {}

    public static Topology build(NewsConfig config, PipelineStats stats) {
        return build(config, stats, PartitionEnds.UNKNOWN);
    }

    /** @param rawEnds where the raw partitions end, so that dedup need not wait for a caught-up partition to fall silent */
    public static Topology build(NewsConfig config, PipelineStats stats, PartitionEnds rawEnds) {
        WireFormat wire = WireFormat.of(config);
        Stages stages = Stages.create(config, wire);
        NewsConfig.Topics topics = config.topics();
        StreamsBuilder builder = new StreamsBuilder();
        DedupProcessor.addStores(builder);
        // cached: a source's line counts change with every article of it, and the cache turns those
        // into one store write and one changelog record per source per commit
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(IntakeProcessor.FURNITURE_STORE), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled());

        KStream<String, Routed> intake = builder
                .stream(topics.raw(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw"))
                .process(() -> new IntakeProcessor(stages, stats, config.dlqValuePrefixBytes(), rawEnds), Named.as("intake"),
                        IntakeProcessor.FURNITURE_STORE);
        Map<String, KStream<String, Routed>> afterIntake = intake.split(Named.as("intake-"))
                .branch((k, v) -> v.kind() == Routed.Kind.DEAD, Branched.as("dead"))
                .defaultBranch(Branched.as("cleaned"));
        sink(afterIntake.get("intake-dead"), topics.dlq(), wire.deadLetter, DeadLetter.class, "dlq-intake");

        KStream<String, Routed> deduped = afterIntake.get("intake-cleaned")
                .mapValues(v -> (CleanedArticle) v.value(), Named.as("to-dedup"))
                .repartition(Repartitioned.with(Serdes.String(), wire.cleaned).withName("dedup").withNumberOfPartitions(1))
                .process(() -> new DedupProcessor(config.dedup(), config.dedupReorder(), config.partitions(), wire.cleaned, stats),
                        Named.as("dedup"), DedupProcessor.STORES);
        Map<String, KStream<String, Routed>> afterDedup = deduped.split(Named.as("dedup-"))
                .branch((k, v) -> v.kind() == Routed.Kind.DUPLICATE, Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        sink(afterDedup.get("dedup-duplicate"), topics.duplicates(), wire.duplicate, DuplicateArticle.class, "duplicates");

        KStream<String, Routed> enriched = afterDedup.get("dedup-unique")
                .mapValues(v -> (CleanedArticle) v.value(), Named.as("to-enrich"))
                .repartition(Repartitioned.with(Serdes.String(), wire.cleaned).withName("enrich")
                        .withNumberOfPartitions(config.partitions()))
                .process(() -> new EnrichProcessor(stages, stats, config.dlqValuePrefixBytes(), wire.cleaned),
                        Named.as("enrich"));
        Map<String, KStream<String, Routed>> out = enriched.split(Named.as("out-"))
                .branch((k, v) -> v.kind() == Routed.Kind.ENRICHED, Branched.as("enriched"))
                .branch((k, v) -> v.kind() == Routed.Kind.ENTITY, Branched.as("entity"))
                .branch((k, v) -> v.kind() == Routed.Kind.QUOTE, Branched.as("quote"))
                .defaultBranch(Branched.as("dead"));
        sink(out.get("out-enriched"), topics.enriched(), wire.enriched, EnrichedArticle.class, "enriched");
        sink(out.get("out-entity"), topics.entities(), wire.entity, EntityRecord.class, "entities");
        sink(out.get("out-quote"), topics.quotes(), wire.quote, QuoteRecord.class, "quotes");
        sink(out.get("out-dead"), topics.dlq(), wire.deadLetter, DeadLetter.class, "dlq-enrich");
        return builder.build();
    }

    private static <T extends SpecificRecordBase> void sink(KStream<String, Routed> stream, String topic,
                                                            AvroSerde<T> serde, Class<T> type, String name) {
        stream.mapValues(v -> type.cast(v.value()), Named.as("as-" + name))
                .to(topic, Produced.with(Serdes.String(), serde).withName("to-" + name));
    }
}
