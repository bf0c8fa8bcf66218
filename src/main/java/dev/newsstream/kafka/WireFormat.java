package dev.newsstream.kafka;

import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.EntityRecord;
import dev.newsstream.avro.QuoteRecord;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.avro.CleanedArticle;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * The one place that pairs record types with their wire serdes. Every topic carries Avro
 * single-object encoding; a schema-registry mode would be chosen here.
 */
public final class WireFormat {
    public final AvroSerde<RawArticle> raw = new AvroSerde<>(RawArticle.class);
    public final AvroSerde<CleanedArticle> cleaned = new AvroSerde<>(CleanedArticle.class);
    public final AvroSerde<EnrichedArticle> enriched = new AvroSerde<>(EnrichedArticle.class);
    public final AvroSerde<DuplicateArticle> duplicate = new AvroSerde<>(DuplicateArticle.class);
    public final AvroSerde<DeadLetter> deadLetter = new AvroSerde<>(DeadLetter.class);
    public final AvroSerde<EntityRecord> entity = new AvroSerde<>(EntityRecord.class);
    public final AvroSerde<QuoteRecord> quote = new AvroSerde<>(QuoteRecord.class);

    /** Decodes any output record whatever its type, by trying each known schema fingerprint. */
    public SpecificRecordBase decodeAny(byte[] bytes) {
        for (AvroSerde<? extends SpecificRecordBase> serde :
                java.util.List.of(enriched, duplicate, deadLetter, entity, quote, raw, cleaned)) {
            try {
                return serde.decode(bytes);
            } catch (RuntimeException wrongSchema) {
                // try the next type: the fingerprint names exactly one
            }
        }
        throw new org.apache.kafka.common.errors.SerializationException(
                "not a newsstream record (unknown Avro fingerprint or not Avro)");
    }
}
