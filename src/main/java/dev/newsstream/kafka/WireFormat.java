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

    private final java.util.Map<Long, AvroSerde<? extends SpecificRecordBase>> byFingerprint = java.util.stream.Stream
            .of(raw, cleaned, enriched, duplicate, deadLetter, entity, quote)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(AvroSerde::fingerprint, s -> s));

    /** Decodes any newsstream record, choosing its type by the schema fingerprint in its header. */
    public SpecificRecordBase decodeAny(byte[] bytes) {
        if (bytes.length < 10 || bytes[0] != (byte) 0xC3 || bytes[1] != 0x01) {
            throw new org.apache.kafka.common.errors.SerializationException("not Avro single-object encoded");
        }
        long fingerprint = java.nio.ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        AvroSerde<? extends SpecificRecordBase> serde = byFingerprint.get(fingerprint);
        if (serde == null) {
            throw new org.apache.kafka.common.errors.SerializationException(
                    "not a newsstream record: unknown Avro schema fingerprint " + Long.toHexString(fingerprint));
        }
        return serde.decode(bytes);
    }
}
