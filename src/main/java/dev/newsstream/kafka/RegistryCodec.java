package dev.newsstream.kafka;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.serde.Legacy4ByteIdHandler;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.strategy.QualifiedRecordIdStrategy;
import java.util.Map;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format (magic byte 0, the 4-byte schema id, then Avro binary) through
 * Apicurio Registry's Kafka serdes. The id written is the registry's content id, which is the
 * schema id that Apicurio's Confluent-compatible API ({@code /apis/ccompat/v7}) serves, so both
 * Confluent's {@code KafkaAvroDeserializer} and Apicurio's deserializer read the records.
 *
 * <p>Schemas are registered on first use under their full record name (Confluent's
 * RecordNameStrategy), so the subject does not depend on the topic; the records are generated
 * from {@code schemas/}, so those are the schemas registered.
 */
final class RegistryCodec<T extends SpecificRecordBase> {
    private final Class<T> type;
    private final AvroKafkaSerializer<T> serializer;
    private final AvroKafkaDeserializer<Object> deserializer;

    RegistryCodec(Class<T> type, RegistryClient client) {
        this.type = type;
        Map<String, Object> config = serdeConfig();
        serializer = new AvroKafkaSerializer<>(client);
        serializer.configure(config, false);
        deserializer = new AvroKafkaDeserializer<>(client);
        deserializer.configure(config, false);
    }

    /**
     * The settings that make Apicurio's serdes speak the Confluent wire format; a consumer
     * using Apicurio's deserializer needs the same ones (plus {@code apicurio.registry.url}).
     */
    static Map<String, Object> serdeConfig() {
        return Map.of(
                SerdeConfig.AUTO_REGISTER_ARTIFACT, true,
                SerdeConfig.AUTO_REGISTER_ARTIFACT_IF_EXISTS, "RETURN_OR_UPDATE",
                SerdeConfig.ARTIFACT_RESOLVER_STRATEGY, QualifiedRecordIdStrategy.class.getName(),
                SerdeConfig.ENABLE_HEADERS, false,
                SerdeConfig.ID_HANDLER, Legacy4ByteIdHandler.class.getName(),
                SerdeConfig.USE_ID, "contentId",
                AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
    }

    /** True when the bytes carry the Confluent framing: magic byte 0 and room for the 4-byte id. */
    static boolean framed(byte[] bytes) {
        return bytes != null && bytes.length >= 5 && bytes[0] == 0;
    }

    /** The schema id in a Confluent-framed value. */
    static int schemaId(byte[] bytes) {
        return java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt();
    }

    byte[] encode(String topic, T value) {
        try {
            return serializer.serialize(topic, value);
        } catch (RuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + " for the registry: " + e.getMessage(), e);
        }
    }

    T decode(String topic, byte[] bytes) {
        Object record = decodeAny(topic, bytes);
        if (!type.isInstance(record)) {
            throw new SerializationException("registry schema id " + schemaId(bytes) + " is "
                    + (record == null ? "null" : record.getClass().getName()) + ", not " + type.getName());
        }
        return type.cast(record);
    }

    /** Decodes a framed value of any registered record type, as a specific record when its class is known. */
    Object decodeAny(String topic, byte[] bytes) {
        if (!framed(bytes)) {
            throw new SerializationException("not in the Confluent wire format (magic byte 0 and a 4-byte schema id)");
        }
        try {
            return deserializer.deserialize(topic, bytes);
        } catch (RuntimeException e) {
            throw new SerializationException("cannot decode registry schema id " + schemaId(bytes) + ": " + e.getMessage(), e);
        }
    }
}
