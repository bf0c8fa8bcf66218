package dev.newsstream.topology;

import dev.newsstream.clean.FurnitureConfig;
import dev.newsstream.clean.SiteFurniture;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import dev.newsstream.model.Rejection;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decode, validate and clean one raw record. Emits a cleaned article keyed by its id, or a dead
 * letter keyed by the original key: exactly one output per input.
 *
 * <p>Site furniture is learned per source in a store of this task: raw records are keyed by
 * article id, so each input partition learns from its share of a source's articles.
 */
final class IntakeProcessor implements Processor<byte[], byte[], String, Routed> {
    private final Stages stages;
    private final PipelineStats stats;
    private final int dlqPrefixBytes;
    static final String FURNITURE_STORE = "clean-furniture";

    private ProcessorContext<String, Routed> context;
    private SiteFurniture furniture;

    IntakeProcessor(Stages stages, PipelineStats stats, int dlqPrefixBytes) {
        this.stages = stages;
        this.stats = stats;
        this.dlqPrefixBytes = dlqPrefixBytes;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        KeyValueStore<String, byte[]> store = context.getStateStore(FURNITURE_STORE);
        this.furniture = new SiteFurniture(FurnitureConfig.defaults(), new StoreAdapter(store));
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        stats.count("in");
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Outcome<Article> decoded;
        Outcome<CleanArticle> cleaned;
        try {
            decoded = stages.decoder().decode(key, record.value()).then(stages.validator()::validate);
            long validated = System.nanoTime();
            stats.time("decode+validate", validated - start);
            cleaned = decoded.then(article -> stages.cleaner().cleanLearning(article, furniture));
            stats.time("clean", System.nanoTime() - validated);
        } catch (RuntimeException | StackOverflowError e) {
            // a stage bug (or a recursion too deep for the stack) must not stop the pipeline: the input is kept in the DLQ for a replay
            decoded = null;
            cleaned = Outcome.reject(RejectReason.STAGE_ERROR, "intake", e.toString());
        }
        if (cleaned instanceof Outcome.Accepted<CleanArticle> ok) {
            stats.count("clean.ok");
            context.forward(record.withKey(ok.value().id()).withValue(
                    new Routed(Routed.Kind.CLEANED, Mapping.toAvro(ok.value()))));
            return;
        }
        Rejection rejection = ((Outcome.Rejected<CleanArticle>) cleaned).rejection();
        String articleId = decoded instanceof Outcome.Accepted<Article> a ? a.value().id() : key;
        stats.count("dlq." + rejection.reason().name().toLowerCase(java.util.Locale.ROOT));
        var source = Mapping.Source.of(context.recordMetadata(), record.key(), record.value());
        context.forward(record.withKey(key).withValue(new Routed(Routed.Kind.DEAD,
                Mapping.deadLetter(rejection, articleId, source, dlqPrefixBytes, context.currentSystemTimeMs()))));
    }
}
