package dev.newsstream.topology;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.model.Entity;
import dev.newsstream.model.Quote;
import dev.newsstream.model.RejectReason;
import dev.newsstream.model.Rejection;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Entities and quotes for a unique article; emits the enriched record and its fan-out. */
final class EnrichProcessor implements Processor<String, CleanedArticle, String, Routed> {
    private final Stages stages;
    private final PipelineStats stats;
    private final int dlqPrefixBytes;
    private final dev.newsstream.kafka.AvroSerde<CleanedArticle> encoder;
    private ProcessorContext<String, Routed> context;

    EnrichProcessor(Stages stages, PipelineStats stats, int dlqPrefixBytes, dev.newsstream.kafka.AvroSerde<CleanedArticle> encoder) {
        this.stages = stages;
        this.stats = stats;
        this.dlqPrefixBytes = dlqPrefixBytes;
        this.encoder = encoder;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, CleanedArticle> record) {
        CleanedArticle article = record.value();
        List<Entity> entities;
        List<Quote> quotes;
        long start = System.nanoTime();
        try {
            entities = stages.entities().extract(article.getTitle(), article.getText());
            long found = System.nanoTime();
            stats.time("entities", found - start);
            quotes = stages.quotes().extract(article.getTitle(), article.getText(), entities);
            stats.time("quotes", System.nanoTime() - found);
        } catch (RuntimeException | StackOverflowError e) {
            stats.count("dlq.stage_error");
            var source = Mapping.Source.of(context.recordMetadata(), null, encoder.encode(article));
            context.forward(record.withValue(new Routed(Routed.Kind.DEAD, Mapping.deadLetter(
                    new Rejection(RejectReason.STAGE_ERROR, "enrich", e.toString()), article.getId(), source,
                    dlqPrefixBytes, context.currentSystemTimeMs()))));
            return;
        }
        long now = context.currentSystemTimeMs();
        stats.count("enriched");
        context.forward(record.withValue(new Routed(Routed.Kind.ENRICHED, Mapping.enriched(article, entities, quotes, now))));
        for (Entity entity : entities) {
            context.forward(record.withKey(Mapping.entityKey(entity))
                    .withValue(new Routed(Routed.Kind.ENTITY, Mapping.entityRecord(article, entity))));
        }
        for (Quote quote : quotes) {
            context.forward(record.withKey(quote.speaker())
                    .withValue(new Routed(Routed.Kind.QUOTE, Mapping.quoteRecord(article, quote))));
        }
    }
}
