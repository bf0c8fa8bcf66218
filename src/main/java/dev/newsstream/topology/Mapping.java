package dev.newsstream.topology;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.DuplicateMethod;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.EntityRecord;
import dev.newsstream.avro.QuoteRecord;
import dev.newsstream.dedup.DedupDecision;
import dev.newsstream.dedup.Shingler;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Entity;
import dev.newsstream.model.Mention;
import dev.newsstream.model.Quote;
import dev.newsstream.model.Rejection;
import dev.newsstream.model.Texts;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/** The model to and from Avro: the only place where the two meet. */
final class Mapping {
    private Mapping() {}

    static CleanedArticle toAvro(CleanArticle a) {
        return CleanedArticle.newBuilder()
                .setId(a.id()).setUrl(a.url()).setSource(a.source()).setTitle(a.title()).setByline(a.byline())
                .setPublishedAt(instant(a.publishedAt())).setText(a.text()).setLanguage(a.language())
                .setMetadata(new HashMap<>(a.metadata()))
                .setContentHash(Shingler.contentHash(Shingler.tokens(a.text())))
                .build();
    }

    static CleanArticle fromAvro(CleanedArticle a) {
        return new CleanArticle(a.getId(), a.getUrl(), a.getSource(), a.getTitle(), a.getByline(),
                a.getPublishedAt() == null ? null : a.getPublishedAt().toEpochMilli(), a.getText(), a.getLanguage(),
                a.getMetadata());
    }

    static DuplicateArticle duplicate(CleanedArticle a, DedupDecision decision, long now) {
        return DuplicateArticle.newBuilder()
                .setId(a.getId()).setDuplicateOf(decision.originalId()).setSimilarity(decision.similarity())
                .setMethod(DuplicateMethod.valueOf(decision.method().name()))
                .setUrl(a.getUrl()).setSource(a.getSource()).setTitle(a.getTitle())
                .setPublishedAt(a.getPublishedAt()).setDetectedAt(Instant.ofEpochMilli(now))
                .build();
    }

    static EnrichedArticle enriched(CleanedArticle a, List<Entity> entities, List<Quote> quotes, long now) {
        return EnrichedArticle.newBuilder()
                .setId(a.getId()).setUrl(a.getUrl()).setSource(a.getSource()).setTitle(a.getTitle())
                .setByline(a.getByline()).setPublishedAt(a.getPublishedAt()).setText(a.getText())
                .setEntities(entities.stream().map(Mapping::toAvro).toList())
                .setQuotes(quotes.stream().map(Mapping::toAvro).toList())
                .setContentHash(a.getContentHash()).setWordCount(Texts.wordCount(a.getText()))
                .setLanguage(a.getLanguage()).setProcessedAt(Instant.ofEpochMilli(now))
                .setMetadata(a.getMetadata())
                .build();
    }

    static EntityRecord entityRecord(CleanedArticle a, Entity e) {
        return EntityRecord.newBuilder()
                .setArticleId(a.getId()).setName(e.name())
                .setType(dev.newsstream.avro.EntityType.valueOf(e.type().name()))
                .setMentionCount(e.mentions().size()).setSalience(e.salience())
                .setPublishedAt(a.getPublishedAt()).setSource(a.getSource())
                .build();
    }

    static QuoteRecord quoteRecord(CleanedArticle a, Quote q) {
        return QuoteRecord.newBuilder()
                .setArticleId(a.getId()).setText(q.text()).setSpeaker(q.speaker()).setCue(q.cue())
                .setStart(q.start()).setEnd(q.end()).setInTitle(q.inTitle()).setPublishedAt(a.getPublishedAt())
                .build();
    }

    static String entityKey(Entity e) {
        return e.type().name() + "|" + e.name();
    }

    /** A dead letter with the original bytes, or their first {@code prefixBytes}. */
    static DeadLetter deadLetter(Rejection r, String articleId, Source source, int prefixBytes, long now) {
        byte[] value = source.value();
        boolean truncated = value != null && value.length > prefixBytes;
        return DeadLetter.newBuilder()
                .setReason(dev.newsstream.avro.RejectReason.valueOf(r.reason().name()))
                .setStage(r.stage()).setError(r.detail()).setArticleId(articleId)
                .setOriginalTopic(source.topic()).setOriginalPartition(source.partition())
                .setOriginalOffset(source.offset())
                .setOriginalKey(source.key() == null ? null : ByteBuffer.wrap(source.key()))
                .setOriginalValue(value == null ? null : ByteBuffer.wrap(truncated ? Arrays.copyOf(value, prefixBytes) : value))
                .setOriginalValueSize(value == null ? 0 : value.length)
                .setTruncated(truncated)
                .setFailedAt(Instant.ofEpochMilli(now))
                .build();
    }

    /** Where a record came from, for its dead letter. */
    record Source(String topic, Integer partition, Long offset, byte[] key, byte[] value) {
        static Source of(java.util.Optional<org.apache.kafka.streams.processor.api.RecordMetadata> meta,
                         byte[] key, byte[] value) {
            return new Source(meta.map(m -> m.topic()).orElse(null), meta.map(m -> m.partition()).orElse(null),
                    meta.map(m -> m.offset()).orElse(null), key, value);
        }
    }

    private static dev.newsstream.avro.Entity toAvro(Entity e) {
        return dev.newsstream.avro.Entity.newBuilder()
                .setType(dev.newsstream.avro.EntityType.valueOf(e.type().name())).setName(e.name())
                .setMentions(e.mentions().stream().map(Mapping::toAvro).toList()).setSalience(e.salience())
                .build();
    }

    private static dev.newsstream.avro.Mention toAvro(Mention m) {
        return new dev.newsstream.avro.Mention(m.text(), m.start(), m.end(), m.inTitle());
    }

    private static dev.newsstream.avro.Quote toAvro(Quote q) {
        return new dev.newsstream.avro.Quote(q.text(), q.speaker(), q.cue(), q.start(), q.end(), q.inTitle());
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
