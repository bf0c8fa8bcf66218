package dev.newsstream.kafka;

import java.nio.ByteBuffer;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro single-object encoding (the spec's fingerprinted format: {@code C3 01}, the 8-byte CRC-64-AVRO
 * fingerprint of the writer schema, then Avro binary). Readers without a registry can tell which
 * schema wrote a record and reject foreign ones.
 *
 * <p>In schema-registry mode ({@link WireFormat#of}) it writes the Confluent wire format instead
 * (magic byte 0, 4-byte schema id) and reads both, so a topic that switched keeps its history
 * readable.
 */
public final class AvroSerde<T extends SpecificRecordBase> implements Serde<T> {
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final String typeName;
    private final long fingerprint;
    private final RegistryCodec<T> registry;

    public AvroSerde(Class<T> type) {
        this(type, null);
    }

    /** With a registry codec, writes the Confluent wire format; null keeps single-object encoding. */
    AvroSerde(Class<T> type, RegistryCodec<T> registry) {
        this.registry = registry;
        var schema = SpecificData.get().getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(SpecificData.get(), schema);
        this.decoder = new BinaryMessageDecoder<>(SpecificData.get(), schema);
        this.typeName = schema.getFullName();
        this.fingerprint = org.apache.avro.SchemaNormalization.parsingFingerprint64(schema);
    }

    /** The CRC-64-AVRO fingerprint that single-object headers of this type carry. */
    long fingerprint() {
        return fingerprint;
    }

    /** True when the bytes look like an Avro record of either framing: single-object or Confluent. */
    public static boolean isAvro(byte[] bytes) {
        return bytes != null && (bytes.length >= 2 && bytes[0] == (byte) 0xC3 && bytes[1] == 0x01 || RegistryCodec.framed(bytes));
    }

    /** Whether this serde writes the Confluent wire format (schema-registry mode). */
    public boolean registryMode() {
        return registry != null;
    }

    public byte[] encode(T value) {
        return encode(null, value);
    }

    private byte[] encode(String topic, T value) {
        if (registry != null) {
            return registry.encode(topic, value);
        }
        try {
            ByteBuffer buffer = encoder.encode(value);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.io.IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + typeName + ": " + e.getMessage(), e);
        }
    }

    public T decode(byte[] bytes) {
        if (RegistryCodec.framed(bytes)) {
            if (registry == null) {
                throw new SerializationException("a Confluent wire-format record (schema id " + RegistryCodec.schemaId(bytes)
                        + "): set schema.registry.url to decode it");
            }
            return registry.decode(null, bytes);
        }
        try {
            return decoder.decode(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SerializationException("not a single-object encoded " + typeName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode(topic, value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}
