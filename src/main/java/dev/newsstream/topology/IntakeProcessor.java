package dev.newsstream.topology;

import dev.newsstream.clean.FurnitureConfig;
import dev.newsstream.clean.SiteFurniture;
import dev.newsstream.kafka.PartitionEnds;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import dev.newsstream.model.Rejection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
    private final PartitionEnds ends;
    static final String FURNITURE_STORE = "clean-furniture";
    private static final String SOURCE_HEADER = "newsstream-intake-source";

    /**
     * Where a cleaned article was read from (raw partition and offset), carried to dedup in a
     * header: its watermark follows each partition. {@code lastAt} is the wall time at which the
     * record was seen to be the last of its partition ({@link Long#MIN_VALUE} when not known):
     * the partition then has nothing written before that time still to send. Partition -1 when
     * the header is missing.
     */
    record Source(int partition, long offset, long lastAt) {
        private static final int BYTES = 4 + 8 + 8;
        // the layout before lastAt: records written by the previous version can still be in flight
        private static final int BYTES_WITHOUT_LAST_AT = 4 + 8;

        Source(int partition, long offset) {
            this(partition, offset, Long.MIN_VALUE);
        }

        static Source of(Headers headers) {
            Header header = headers.lastHeader(SOURCE_HEADER);
            if (header == null || header.value() == null
                    || (header.value().length != BYTES && header.value().length != BYTES_WITHOUT_LAST_AT)) {
                return new Source(-1, -1);
            }
            ByteBuffer value = ByteBuffer.wrap(header.value());
            return new Source(value.getInt(), value.getLong(), value.remaining() >= 8 ? value.getLong() : Long.MIN_VALUE);
        }

        /** The headers without this one: it means nothing past dedup. */
        static RecordHeaders strip(Headers headers) {
            RecordHeaders copy = new RecordHeaders(headers.toArray());
            copy.remove(SOURCE_HEADER);
            return copy;
        }

        Headers addTo(Headers headers) {
            RecordHeaders copy = strip(headers);
            copy.add(SOURCE_HEADER, ByteBuffer.allocate(BYTES).putInt(partition).putLong(offset).putLong(lastAt).array());
            return copy;
        }
    }

    private ProcessorContext<String, Routed> context;
    private SiteFurniture furniture;

    IntakeProcessor(Stages stages, PipelineStats stats, int dlqPrefixBytes, PartitionEnds ends) {
        this.stages = stages;
        this.stats = stats;
        this.dlqPrefixBytes = dlqPrefixBytes;
        this.ends = ends;
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
            Source source = context.recordMetadata()
                    .map(m -> new Source(m.partition(), m.offset(), ends.lastAt(m.partition(), m.offset())))
                    .orElse(new Source(-1, -1));
            context.forward(record.withKey(ok.value().id()).withHeaders(source.addTo(record.headers())).withValue(
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
