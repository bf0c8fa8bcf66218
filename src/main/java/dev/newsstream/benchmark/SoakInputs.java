package dev.newsstream.benchmark;

import dev.newsstream.avro.ContentType;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.kafka.WireFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The input of a crash soak: generated articles (distinct stories; one in five a near copy of an
 * earlier one, each copy sent to another partition than its original) mixed with about 2% bad inputs of several
 * kinds. Every input has its own key, so that the soak can find each one again on the output
 * topics; publication times rise with the input order, so the original of a story is the one
 * generated first.
 */
public final class SoakInputs {
    /** One record for the raw topic; {@code value} is null for a tombstone-like bad input. */
    public record Input(String key, int partition, byte[] value) {}

    /** The bad inputs the soak mixes in; each must end in the DLQ. */
    enum BadKind { GARBAGE_BYTES, NULL_VALUE, JSON_WITHOUT_BODY, EMPTY_BODY, TRUNCATED_AVRO, INVALID_UTF8_JSON, BINARY_BODY }

    private static final long FIRST_PUBLISHED = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    private SoakInputs() {}

    public static List<Input> generate(Path samples, int count, int partitions, long seed, WireFormat wire) throws IOException {
        ArticleGenerator generator = new ArticleGenerator(samples, seed, 5, true);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
        Map<String, Integer> partitionOf = new HashMap<>();
        List<Input> inputs = new ArrayList<>(count);
        int bad = 0;
        for (int i = 0; i < count; i++) {
            int partition = i % partitions;
            if (random.nextInt(50) == 0) {
                BadKind kind = BadKind.values()[bad++ % BadKind.values().length];
                String key = String.format("bad-%06d-%s", i, kind.name().toLowerCase(java.util.Locale.ROOT));
                inputs.add(new Input(key, partition, badValue(kind, key, wire)));
                continue;
            }
            ArticleGenerator.Generated g = generator.next();
            String key = "soak-" + g.id();
            if (g.copyOf() != null && partitions > 1) {
                int original = partitionOf.get("soak-" + g.copyOf());
                if (original == partition) {
                    partition = (partition + 1) % partitions;
                }
            }
            partitionOf.put(key, partition);
            inputs.add(new Input(key, partition, wire.raw.encode(RawArticle.newBuilder()
                    .setId(key).setBody(g.body()).setSource("soak.example").setMetadata(new HashMap<>())
                    .setPublishedAt(java.time.Instant.ofEpochMilli(FIRST_PUBLISHED + 60_000L * i))
                    .setContentType(ContentType.valueOf(g.type().name())).build())));
        }
        return inputs;
    }

    private static byte[] badValue(BadKind kind, String key, WireFormat wire) {
        return switch (kind) {
            case GARBAGE_BYTES -> "\u0000\u0001not an article at all\u00ff".getBytes(StandardCharsets.ISO_8859_1);
            case NULL_VALUE -> null;
            case JSON_WITHOUT_BODY -> ("{\"id\":\"" + key + "\",\"title\":\"No body here\"}").getBytes(StandardCharsets.UTF_8);
            case EMPTY_BODY -> ("{\"id\":\"" + key + "\",\"body\":\"   \"}").getBytes(StandardCharsets.UTF_8);
            case TRUNCATED_AVRO -> {
                byte[] whole = wire.raw.encode(RawArticle.newBuilder().setId(key).setBody("A body that is cut short.")
                        .setMetadata(new HashMap<>()).build());
                yield Arrays.copyOf(whole, whole.length / 2);
            }
            case INVALID_UTF8_JSON -> {
                byte[] head = ("{\"id\":\"" + key + "\",\"body\":\"broken ").getBytes(StandardCharsets.UTF_8);
                yield ByteBuffer.allocate(head.length + 4).put(head).put(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}'}).array();
            }
            case BINARY_BODY -> {
                byte[] noise = new byte[4096];
                new SplittableRandom(key.hashCode()).nextBytes(noise);
                yield wire.raw.encode(RawArticle.newBuilder().setId(key)
                        .setBody(new String(noise, StandardCharsets.ISO_8859_1)).setMetadata(new HashMap<>()).build());
            }
        };
    }
}
