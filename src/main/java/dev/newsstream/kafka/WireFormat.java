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
 * The one place that pairs record types with their wire serdes. By default every topic carries
 * Avro single-object encoding. In schema-registry mode ({@link #of} with
 * {@code schema.registry.url} set) the raw and output topics carry the Confluent wire format
 * through Apicurio's serdes; the internal repartition topics ({@link #cleaned}) keep
 * single-object encoding, since only this application reads them and it needs no registry
 * round trip for them.
 */
public final class WireFormat {
    public final AvroSerde<RawArticle> raw;
    public final AvroSerde<CleanedArticle> cleaned = new AvroSerde<>(CleanedArticle.class);
    public final AvroSerde<EnrichedArticle> enriched;
    public final AvroSerde<DuplicateArticle> duplicate;
    public final AvroSerde<DeadLetter> deadLetter;
    public final AvroSerde<EntityRecord> entity;
    public final AvroSerde<QuoteRecord> quote;
    private final RegistryCodec<SpecificRecordBase> anyRegistered;
    private final java.util.Map<Long, AvroSerde<? extends SpecificRecordBase>> byFingerprint;

    /** Single-object encoding on every topic; no registry. */
    public WireFormat() {
        this(null);
    }

    private WireFormat(io.apicurio.registry.rest.client.RegistryClient client) {
        raw = serde(RawArticle.class, client);
        enriched = serde(EnrichedArticle.class, client);
        duplicate = serde(DuplicateArticle.class, client);
        deadLetter = serde(DeadLetter.class, client);
        entity = serde(EntityRecord.class, client);
        quote = serde(QuoteRecord.class, client);
        anyRegistered = client == null ? null : new RegistryCodec<>(SpecificRecordBase.class, client);
        byFingerprint = java.util.stream.Stream.of(raw, cleaned, enriched, duplicate, deadLetter, entity, quote)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(AvroSerde::fingerprint, s -> s));
    }

    private static <T extends SpecificRecordBase> AvroSerde<T> serde(Class<T> type,
                                                                     io.apicurio.registry.rest.client.RegistryClient client) {
        return new AvroSerde<>(type, client == null ? null : new RegistryCodec<>(type, client));
    }

    /** The wire format the configuration asks for: registry mode when {@code schema.registry.url} is set. */
    public static WireFormat of(dev.newsstream.config.NewsConfig config) {
        return config.registryMode() ? registry(RegistryUrls.apicurioApi(config.schemaRegistryUrl())) : new WireFormat();
    }

    /** Registry mode against Apicurio's core API at {@code url} (e.g. {@code http://registry:8080/apis/registry/v2}). */
    public static WireFormat registry(String url) {
        return registry(io.apicurio.registry.rest.client.RegistryClientFactory.create(url));
    }

    /** Registry mode through the given client (tests pass an in-memory one). */
    public static WireFormat registry(io.apicurio.registry.rest.client.RegistryClient client) {
        return new WireFormat(java.util.Objects.requireNonNull(client, "client"));
    }

    /** Whether the raw and output topics carry the Confluent wire format. */
    public boolean registryMode() {
        return anyRegistered != null;
    }

    /**
     * Decodes any newsstream record, choosing its type by the schema fingerprint in its header,
     * or, for the Confluent wire format in registry mode, by the schema the id names.
     */
    public SpecificRecordBase decodeAny(byte[] bytes) {
        if (RegistryCodec.framed(bytes)) {
            if (anyRegistered == null) {
                throw new org.apache.kafka.common.errors.SerializationException("a Confluent wire-format record (schema id "
                        + RegistryCodec.schemaId(bytes) + "): set schema.registry.url to decode it");
            }
            return anyRegistered.decode(null, bytes);
        }
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
