package dev.newsstream.topology;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.dedup.DedupConfig;
import dev.newsstream.dedup.DedupDecision;
import dev.newsstream.dedup.DuplicateIndex;
import dev.newsstream.dedup.FingerprintStore;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The thin Kafka side of deduplication: owns the persistent store (RocksDB with a changelog)
 * and hands it to the pure {@link DuplicateIndex}. It runs on the single partition of the dedup
 * repartition topic, so every article meets every other one whatever input partition it came on.
 */
final class DedupProcessor implements Processor<String, CleanedArticle, String, Routed> {
    static final String STORE = "dedup-index";
    private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    private final DedupConfig config;
    private final PipelineStats stats;
    private ProcessorContext<String, Routed> context;
    private DuplicateIndex index;

    DedupProcessor(DedupConfig config, PipelineStats stats) {
        this.config = config;
        this.stats = stats;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        KeyValueStore<String, byte[]> store = context.getStateStore(STORE);
        this.index = new DuplicateIndex(config, new StoreAdapter(store));
        // stream time, so that expiry is a function of the input and replays decide alike
        context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME, now -> index.expire(now));
    }

    @Override
    public void process(Record<String, CleanedArticle> record) {
        CleanedArticle article = record.value();
        long start = System.nanoTime();
        DedupDecision decision = index.check(article.getId(), article.getText(), article.getContentHash(), record.timestamp());
        stats.time("dedup", System.nanoTime() - start);
        if (decision.isDuplicate()) {
            stats.count("duplicate." + decision.method().name().toLowerCase(java.util.Locale.ROOT));
            context.forward(record.withValue(new Routed(Routed.Kind.DUPLICATE,
                    Mapping.duplicate(article, decision, context.currentSystemTimeMs()))));
        } else {
            stats.count("unique");
            context.forward(record.withValue(new Routed(Routed.Kind.UNIQUE, article)));
        }
    }
}
