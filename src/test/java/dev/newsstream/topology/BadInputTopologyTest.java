package dev.newsstream.topology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.Prose;
import dev.newsstream.avro.ContentType;
import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.WireFormat;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every kind of {@link BadInput}, each between two good articles, through one topology: the bad
 * input gives exactly its one expected output, within a time bound, and the good articles around
 * it are enriched as usual.
 */
class BadInputTopologyTest {
    /** Generous: the machine is shared (load 10 on 2 cores seen); a regex blow-up or a hang takes minutes. */
    private static final long BOUND_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final WireFormat wire = new WireFormat();
    private TopologyTestDriver driver;
    private java.time.Instant wall = java.time.Instant.parse("2026-03-01T08:00:00Z");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyBadInputGivesExactlyItsOneOutputAndThePipelineGoesOn() throws Exception {
        assertTrue(BadInput.values().length >= 30, "at least 30 kinds of bad input");
        NewsConfig config = // the test driver has one partition per topic: dedup must not wait for others
        dev.newsstream.config.ConfigLoader.load(java.util.Map.of(), java.util.Map.of(), java.util.Map.of("topic.partitions", "1")).withDataDir(Files.createTempDirectory("badinput-test"));
        List<String> failures = new ArrayList<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(NewsTopology.build(config, new PipelineStats()),
                ClientSettings.streams(config, "unused:9092"), wall)) {
            this.driver = driver;
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(config.topics().raw(),
                    new StringSerializer(), new ByteArraySerializer());
            Outputs out = new Outputs(driver, config);
            int good = 0;
            good(raw, out, good++, failures, "first");
            for (BadInput kind : BadInput.values()) {
                BadInput.Input in = kind.make(wire);
                long start = System.nanoTime();
                pipe(raw, in.key(), in.value());
                long took = System.nanoTime() - start;
                System.out.printf("badinput %-32s %6d ms%n", kind, took / 1_000_000);
                if (took > BOUND_NANOS) {
                    failures.add(kind + ": took " + took / 1_000_000 + " ms");
                }
                check(kind, in, config, out, failures);
                good(raw, out, good++, failures, "after " + kind);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    private void check(BadInput kind, BadInput.Input in, NewsConfig config, Outputs out, List<String> failures) {
        List<KeyValue<String, byte[]>> enriched = out.enriched.readKeyValuesToList();
        List<KeyValue<String, byte[]>> duplicates = out.duplicates.readKeyValuesToList();
        List<KeyValue<String, byte[]>> dead = out.dlq.readKeyValuesToList();
        out.drainFanOut();
        int total = enriched.size() + duplicates.size() + dead.size();
        String got = "enriched=" + enriched.size() + " duplicates=" + duplicates.size() + " dlq=" + dead.size()
                + (dead.isEmpty() ? "" : " " + describe(wire.deadLetter.decode(dead.get(0).value)));
        if (total != 1) {
            failures.add(kind + ": expected exactly one output, got " + got);
            return;
        }
        BadInput.Expect expect = kind.expect;
        if (expect.outcome() == BadInput.Outcome.ENRICHED) {
            if (enriched.size() != 1) {
                failures.add(kind + ": expected enriched, got " + got);
                return;
            }
            EnrichedArticle a = wire.enriched.decode(enriched.get(0).value);
            if (expect.hint() != null && !a.getId().startsWith(expect.hint())) {
                failures.add(kind + ": expected an id starting " + expect.hint() + ", got " + a.getId());
            }
            if (a.getText().chars().anyMatch(c -> (Character.isISOControl(c) && c != '\n') || (c >= 0x202A && c <= 0x202E))) {
                failures.add(kind + ": control or bidi override characters left in the enriched text");
            }
            if (a.getWordCount() < 3) {
                failures.add(kind + ": enriched with " + a.getWordCount() + " words");
            }
            return;
        }
        if (dead.size() != 1) {
            failures.add(kind + ": expected dlq " + expect.reason() + ", got " + got);
            return;
        }
        DeadLetter d = wire.deadLetter.decode(dead.get(0).value);
        if (!d.getReason().name().equals(expect.reason().name())) {
            failures.add(kind + ": expected reason " + expect.reason() + ", got " + describe(d));
        }
        String error = d.getError() == null ? "" : d.getError();
        if (!error.toLowerCase(java.util.Locale.ROOT).contains(expect.hint().toLowerCase(java.util.Locale.ROOT))) {
            failures.add(kind + ": error should mention '" + expect.hint() + "': " + describe(d));
        }
        if (error.length() > 1000) {
            failures.add(kind + ": error of " + error.length() + " chars");
        }
        if (!java.util.Objects.equals(dead.get(0).key, in.key())) {
            failures.add(kind + ": dlq key is not the original key");
        }
        byte[] value = in.value();
        if (value == null) {
            if (d.getOriginalValue() != null) {
                failures.add(kind + ": null value came back non-null");
            }
            return;
        }
        int prefix = config.dlqValuePrefixBytes();
        byte[] kept = bytes(d.getOriginalValue());
        byte[] want = value.length > prefix ? Arrays.copyOf(value, prefix) : value;
        if (!Arrays.equals(want, kept) || d.getTruncated() != value.length > prefix || d.getOriginalValueSize() != value.length) {
            failures.add(kind + ": original bytes not kept (" + kept.length + " of " + value.length + ", truncated "
                    + d.getTruncated() + ")");
        }
    }

    /** Pipes one record and lets dedup's reorder window pass, so that its outputs are out. */
    private void pipe(TestInputTopic<String, byte[]> raw, String key, byte[] value) {
        raw.pipeInput(key, value, wall); // written now, as by a producer keeping up
        wall = wall.plusSeconds(1);
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
    }

    private void good(TestInputTopic<String, byte[]> raw, Outputs out, int n, List<String> failures, String where) {
        String id = "good-" + n;
        pipe(raw, id, wire.raw.encode(RawArticle.newBuilder().setId(id).setTitle("Council report " + n)
                .setBody(Prose.article(n, 4)).setContentType(ContentType.TEXT).setMetadata(new HashMap<>()).build()));
        List<KeyValue<String, byte[]>> enriched = out.enriched.readKeyValuesToList();
        int others = out.duplicates.readValuesToList().size() + out.dlq.readValuesToList().size();
        out.drainFanOut();
        if (enriched.size() != 1 || others != 0 || !enriched.get(0).key.equals(id)) {
            failures.add("good article " + id + " " + where + ": enriched=" + enriched.size() + " others=" + others);
            return;
        }
        EnrichedArticle a = wire.enriched.decode(enriched.get(0).value);
        if (a.getEntities().isEmpty() || a.getWordCount() < 50) {
            failures.add("good article " + id + " " + where + " was not enriched normally");
        }
    }

    private static String describe(DeadLetter d) {
        return d.getReason() + " [" + d.getStage() + "] " + d.getError();
    }

    private static byte[] bytes(ByteBuffer b) {
        if (b == null) {
            return new byte[0];
        }
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    private static final class Outputs {
        final TestOutputTopic<String, byte[]> enriched;
        final TestOutputTopic<String, byte[]> duplicates;
        final TestOutputTopic<String, byte[]> dlq;
        final TestOutputTopic<String, byte[]> entities;
        final TestOutputTopic<String, byte[]> quotes;

        Outputs(TopologyTestDriver driver, NewsConfig config) {
            enriched = topic(driver, config.topics().enriched());
            duplicates = topic(driver, config.topics().duplicates());
            dlq = topic(driver, config.topics().dlq());
            entities = topic(driver, config.topics().entities());
            quotes = topic(driver, config.topics().quotes());
        }

        void drainFanOut() {
            entities.readValuesToList();
            quotes.readValuesToList();
        }

        private static TestOutputTopic<String, byte[]> topic(TopologyTestDriver driver, String name) {
            return driver.createOutputTopic(name, new StringDeserializer(), new ByteArrayDeserializer());
        }
    }
}
