package dev.newsstream.kafka;

import org.apache.avro.Schema;

/**
 * Walks Avro binary against its writer schema without building anything, checking that every
 * length and count fits in the bytes that are left. Avro's decoder allocates a string's buffer
 * from its length prefix before reading it, so a corrupt prefix claiming 1.5 GB costs 1.5 GB of
 * heap per record; this check costs one pass over the header fields.
 */
final class AvroBounds {
    private final byte[] b;
    private int pos;

    private AvroBounds(byte[] bytes, int offset) {
        this.b = bytes;
        this.pos = offset;
    }

    /** Null when the bytes from {@code offset} can be a value of {@code schema}, else what is wrong. */
    static String check(Schema schema, byte[] bytes, int offset) {
        AvroBounds w = new AvroBounds(bytes, offset);
        try {
            w.walk(schema, 0);
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private void walk(Schema s, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("schema nested too deep");
        }
        switch (s.getType()) {
            case NULL -> { }
            case BOOLEAN -> skip(1);
            case INT, LONG, ENUM -> varint();
            case FLOAT -> skip(4);
            case DOUBLE -> skip(8);
            case FIXED -> skip(s.getFixedSize());
            case STRING, BYTES -> skip(length("string"));
            case RECORD -> s.getFields().forEach(f -> walk(f.schema(), depth + 1));
            case UNION -> {
                long branch = varint();
                if (branch < 0 || branch >= s.getTypes().size()) {
                    throw new IllegalStateException("union branch " + branch + " out of range");
                }
                walk(s.getTypes().get((int) branch), depth + 1);
            }
            case ARRAY, MAP -> {
                for (long count = varint(); count != 0; count = varint()) {
                    if (count < 0) {
                        count = -count;
                        length("block");
                    }
                    if (count > b.length - pos) {
                        throw new IllegalStateException("block of " + count + " items in " + (b.length - pos) + " bytes");
                    }
                    for (long i = 0; i < count; i++) {
                        if (s.getType() == Schema.Type.MAP) {
                            skip(length("map key"));
                            walk(s.getValueType(), depth + 1);
                        } else {
                            walk(s.getElementType(), depth + 1);
                        }
                    }
                }
            }
        }
    }

    private long length(String what) {
        long n = varint();
        if (n < 0 || n > b.length - pos) {
            throw new IllegalStateException(what + " length " + n + " exceeds the " + (b.length - pos) + " bytes left");
        }
        return n;
    }

    private void skip(long n) {
        if (n > b.length - pos) {
            throw new IllegalStateException("record ends early");
        }
        pos += (int) n;
    }

    private long varint() {
        long raw = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= b.length) {
                throw new IllegalStateException("record ends early");
            }
            int x = b[pos++] & 0xFF;
            raw |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw new IllegalStateException("malformed varint");
    }
}
