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
 */
public final class AvroSerde<T extends SpecificRecordBase> implements Serde<T> {
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final String typeName;
    private final long fingerprint;

    public AvroSerde(Class<T> type) {
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

    public byte[] encode(T value) {
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
        try {
            return decoder.decode(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SerializationException("not a single-object encoded " + typeName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}
