package dev.newsstream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.dedup.DedupConfig;
import dev.newsstream.dedup.Shingler;
import dev.newsstream.kafka.WireFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dedup processor alone: reorder window, release order, what the duplicate notice says. */
class DedupProcessorTest {
    private static final String STORY = """
            The river authority of Lindqvist said on Tuesday that the old stone bridge over the
            Marrow would stay closed to lorries until the spring, after divers found cracks in two
            of its piers. Cars and bicycles may still cross at walking pace. The authority's chief
            engineer, Palmira Oduya, said repairs would cost about four million and take five months,
            and that a temporary crossing for heavy traffic would open downstream in three weeks.""";

    private final WireFormat wire = new WireFormat();
    private TopologyTestDriver driver;
    private TestInputTopic<String, CleanedArticle> in;
    private TestOutputTopic<String, String> out;

    private Path dir;

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private Instant wall;

    private void advance(Duration duration) {
        wall = wall.plus(duration);
        driver.advanceWallClockTime(duration);
    }

    private void start(Duration window) throws Exception {
        start(window, 0);
    }

    /** @param partitions the intake partitions dedup expects (0: none, only what it hears) */
    private void start(Duration window, int partitions) throws Exception {
        if (dir == null) {
            dir = Files.createTempDirectory("dedup-processor-test");
        }
        StreamsBuilder builder = new StreamsBuilder();
        DedupProcessor.addStores(builder);
        NewsConfig.DedupReorder reorder = new NewsConfig.DedupReorder(window, Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(60));
        builder.stream("in", Consumed.with(Serdes.String(), wire.cleaned))
                .process(() -> new DedupProcessor(DedupConfig.defaults(), reorder, partitions, wire.cleaned, new PipelineStats()),
                        DedupProcessor.STORES)
                .mapValues(DedupProcessorTest::describe)
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Topology topology = builder.build();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-processor-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        driver = new TopologyTestDriver(topology, props, START);
        wall = START;
        in = driver.createInputTopic("in", new StringSerializer(), wire.cleaned.serializer());
        out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
    }

    private static String describe(Routed routed) {
        if (routed.kind() == Routed.Kind.DUPLICATE) {
            DuplicateArticle d = (DuplicateArticle) routed.value();
            return d.getId() + " duplicates " + d.getDuplicateOf() + " " + d.getMethod() + " " + d.getSimilarity();
        }
        return ((CleanedArticle) routed.value()).getId() + " unique";
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    /** An article written to the raw topic now (by the driver's wall clock), with no intake source. */
    private void send(String id, String text, String publishedAt) {
        in.pipeInput(id, article(id, text, publishedAt), wall);
    }

    /** An article read from an intake partition, written at {@code writtenAt}. */
    private void send(String id, String text, String publishedAt, int partition, long offset, Instant writtenAt) {
        send(id, text, publishedAt, new IntakeProcessor.Source(partition, offset), writtenAt);
    }

    private void send(String id, String text, String publishedAt, IntakeProcessor.Source source, Instant writtenAt) {
        var headers = source.addTo(new org.apache.kafka.common.header.internals.RecordHeaders());
        in.pipeInput(new org.apache.kafka.streams.test.TestRecord<>(id, article(id, text, publishedAt), headers, writtenAt));
    }

    private static CleanedArticle article(String id, String text, String publishedAt) {
        return CleanedArticle.newBuilder().setId(id).setText(text)
                .setContentHash(Shingler.contentHash(Shingler.tokens(text))).setMetadata(new HashMap<>())
                .setPublishedAt(publishedAt == null ? null : Instant.parse(publishedAt)).build();
    }

    @Test
    void aLaterArrivingEarlierPublishedCopyWithinTheWindowBecomesTheOriginal() throws Exception {
        start(Duration.ofMillis(250));
        send("late-copy", STORY, "2026-03-01T07:30:00Z");
        advance(Duration.ofMillis(100));
        send("first-post", STORY.replace("Tuesday", "Tuesday morning"), "2026-03-01T07:00:00Z");
        send("other", STORY.replace("stone", "iron").replace("lorries", "buses").replace("divers", "inspectors")
                .replace("Cars", "Vans").replace("repairs", "works").replace("three weeks", "a month"), null);
        assertEquals(List.of(), out.readValuesToList(), "nothing leaves before the window");
        advance(Duration.ofMillis(200));
        List<String> released = out.readValuesToList();
        assertEquals("first-post unique", released.get(0));
        assertEquals(true, released.get(1).startsWith("late-copy duplicates first-post NEAR 0."), released.get(1));
        assertEquals(2, released.size(), "the undated article arrived last and still waits: " + released);
        advance(Duration.ofMillis(300));
        assertEquals(List.of("other unique"), out.readValuesToList());
    }

    @Test
    void aCopyArrivingAfterTheWindowIsADuplicateEvenWhenPublishedEarlier() throws Exception {
        start(Duration.ofMillis(250));
        send("a", STORY, "2026-03-01T07:30:00Z");
        advance(Duration.ofMillis(400));
        assertEquals(List.of("a unique"), out.readValuesToList());
        send("b", STORY, "2026-03-01T06:00:00Z");
        advance(Duration.ofMillis(400));
        assertEquals(List.of("b duplicates a EXACT 1.0"), out.readValuesToList());
    }

    @Test
    void undatedArticlesWrittenInTheSameMillisecondAreReleasedInTheOrderTheyWereWritten() throws Exception {
        start(Duration.ofMillis(250));
        send("z", STORY, null, 0, 7, START);
        send("y", STORY, null, 0, 8, START);
        send("x", STORY, null, 0, 9, START);
        advance(Duration.ofMillis(400));
        assertEquals(List.of("z unique", "y duplicates z EXACT 1.0", "x duplicates z EXACT 1.0"), out.readValuesToList());
    }

    @Test
    void aZeroWindowDecidesOnArrival() throws Exception {
        start(Duration.ZERO);
        send("b", STORY, "2026-03-01T07:30:00Z");
        assertEquals(List.of("b unique"), out.readValuesToList());
        send("a", STORY, "2026-03-01T07:00:00Z");
        assertEquals(List.of("a duplicates b EXACT 1.0"), out.readValuesToList());
    }

    @Test
    void heldArticlesCarryAllTheyNeedToBeReleasedAfterARestore() throws Exception {
        start(Duration.ofMillis(250));
        send("b", STORY, "2026-03-01T07:40:00Z");
        send("a", STORY, "2026-03-01T07:30:00Z");
        List<org.apache.kafka.streams.KeyValue<String, byte[]>> held = new java.util.ArrayList<>();
        try (var all = driver.<String, byte[]>getKeyValueStore(DedupProcessor.PENDING).all()) {
            all.forEachRemaining(held::add);
        }
        assertEquals(2, held.size());
        driver.close();
        // what a restore from the changelog gives a new instance: the pending store, then the punctuation
        start(Duration.ofMillis(250));
        held.forEach(kv -> driver.<String, byte[]>getKeyValueStore(DedupProcessor.PENDING).put(kv.key, kv.value));
        advance(Duration.ofMillis(1000));
        assertEquals(List.of("a unique", "b duplicates a EXACT 1.0"), out.readValuesToList());
    }

    @Test
    void aPartitionThatIsBehindIsWaitedForSoItsEarlierPublishedCopyBecomesTheOriginal() throws Exception {
        start(Duration.ofMillis(250), 2);
        Instant past = START.minus(Duration.ofHours(1)); // a catch-up: everything was written an hour ago
        send("old", STORY.replace("bridge", "tunnel").replace("Marrow", "Sallow").replace("lorries", "coaches")
                .replace("divers", "surveyors").replace("Cars", "Vans").replace("four", "nine"), null, 1, 0, past);
        send("copy", STORY, "2026-03-01T07:30:00Z", 0, 0, past.plusMillis(1100));
        send("later", STORY.replace("stone", "iron").replace("lorries", "buses").replace("divers", "inspectors")
                .replace("Cars", "Vans").replace("repairs", "works").replace("three weeks", "a month"), null, 0, 1, past.plusMillis(9000));
        advance(Duration.ofMillis(2000));
        assertEquals(List.of(), out.readValuesToList(),
                "partition 1 is behind (its last record was written long before it arrived): nothing after it is released");
        send("first-post", STORY.replace("Tuesday", "Tuesday morning"), "2026-03-01T07:00:00Z", 1, 1, past.plusMillis(1000));
        send("filler", "The city council of Brenmoor voted on Thursday to keep its public libraries open on Sundays "
                + "through the winter, after a petition gathered eleven thousand signatures in a fortnight. The extra hours "
                + "will be paid from a fund for heating schools that was not spent last year, the treasurer said.",
                null, 1, 2, past.plusMillis(9500));
        advance(Duration.ofMillis(100));
        List<String> released = out.readValuesToList();
        assertEquals(3, released.size(), released.toString());
        assertEquals(List.of("old unique", "first-post unique"), released.subList(0, 2));
        assertEquals(true, released.get(2).startsWith("copy duplicates first-post NEAR"), released.toString());
        advance(Duration.ofSeconds(4));
        assertEquals(List.of("later unique", "filler unique"), out.readValuesToList(), "both partitions idle: the rest is released");
    }

    @Test
    void partitionsReadToTheirEndAreNotWaitedForToFallSilent() throws Exception {
        start(Duration.ofMillis(250), 2);
        Instant past = START.minus(Duration.ofHours(1)); // a catch-up: everything was written an hour ago
        String other = STORY.replace("stone", "iron").replace("lorries", "buses").replace("divers", "inspectors")
                .replace("Cars", "Vans").replace("repairs", "works").replace("three weeks", "a month");
        send("copy", STORY, "2026-03-01T07:30:00Z", new IntakeProcessor.Source(0, 0), past);
        send("other", other, null, new IntakeProcessor.Source(0, 1, START.toEpochMilli()), past.plusMillis(500));
        advance(Duration.ofMillis(400));
        assertEquals(List.of(), out.readValuesToList(), "partition 1 has not been heard from");
        send("first-post", STORY.replace("Tuesday", "Tuesday morning"), "2026-03-01T07:00:00Z",
                new IntakeProcessor.Source(1, 0, START.toEpochMilli()), past.plusMillis(100));
        advance(Duration.ofMillis(100));
        List<String> released = out.readValuesToList();
        assertEquals(3, released.size(), "both partitions were at their end when their last records were read: " + released);
        assertEquals("first-post unique", released.get(0));
        assertEquals(true, released.get(1).startsWith("copy duplicates first-post NEAR"), released.toString());
        assertEquals("other unique", released.get(2));
    }

    @Test
    void aSourceHeaderOfThePreviousLayoutIsStillRead() {
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        headers.add("newsstream-intake-source", java.nio.ByteBuffer.allocate(12).putInt(3).putLong(42).array());
        assertEquals(new IntakeProcessor.Source(3, 42, Long.MIN_VALUE), IntakeProcessor.Source.of(headers));
        var current = new IntakeProcessor.Source(3, 42, 1_000).addTo(new org.apache.kafka.common.header.internals.RecordHeaders());
        assertEquals(new IntakeProcessor.Source(3, 42, 1_000), IntakeProcessor.Source.of(current));
    }

    @Test
    void theDecisionsDoNotDependOnWhichPartitionIsReadFirst() throws Exception {
        record Input(String id, String text, String publishedAt, int partition, long offset, long writtenMillis) {}
        Instant past = START.minus(Duration.ofHours(1));
        String other = STORY.replace("stone", "iron").replace("lorries", "buses").replace("divers", "inspectors")
                .replace("Cars", "Vans").replace("repairs", "works").replace("three weeks", "a month");
        List<Input> partition0 = List.of(
                new Input("a0", STORY, "2026-03-01T07:20:00Z", 0, 0, 100),
                new Input("b0", other, null, 0, 1, 400),
                new Input("c0", STORY.replace("Tuesday", "Monday"), null, 0, 2, 2000));
        List<Input> partition1 = List.of(
                new Input("a1", STORY.replace("spring", "summer"), "2026-03-01T07:10:00Z", 1, 0, 150),
                new Input("b1", other.replace("month", "fortnight"), null, 1, 1, 300),
                new Input("z1", STORY, null, 1, 2, 5000));
        java.util.function.Consumer<List<Input>> sendAll = inputs -> inputs.forEach(x ->
                send(x.id(), x.text(), x.publishedAt(), x.partition(), x.offset(), past.plusMillis(x.writtenMillis())));
        List<List<String>> runs = new java.util.ArrayList<>();
        for (boolean zeroFirst : List.of(true, false)) {
            dir = null;
            start(Duration.ofMillis(250), 2);
            sendAll.accept(zeroFirst ? partition0 : partition1);
            advance(Duration.ofMillis(1000));
            sendAll.accept(zeroFirst ? partition1 : partition0);
            advance(Duration.ofMillis(1000));
            advance(Duration.ofSeconds(4)); // both partitions idle: everything left is released
            runs.add(out.readValuesToList());
            driver.close();
            driver = null;
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(6, runs.get(0).size());
        assertEquals(true, runs.get(0).contains("a1 unique"), "earliest published of the copies written within the window: " + runs);
        assertEquals(true, runs.get(0).stream().anyMatch(line -> line.startsWith("a0 duplicates a1 ")), runs.toString());
    }

    @Test
    void noArticleIsHeldLongerThanTheLongestHoldEvenWhileAPartitionStaysBehind() throws Exception {
        start(Duration.ofMillis(250), 2);
        send("live", STORY, null, 0, 0, START);
        Instant longAgo = START.minus(Duration.ofDays(30)); // a backfill: records written a month ago
        for (int second = 0; second < 58; second += 2) {
            send("backfill-" + second, "Backfill item number " + second + " about the harbour dues of a small port town.",
                    null, 1, second, longAgo.plusSeconds(second));
            advance(Duration.ofSeconds(2));
            assertEquals(false, out.readValuesToList().contains("live unique"), "held while partition 1 is behind, at " + second + " s");
        }
        advance(Duration.ofSeconds(3));
        assertEquals(true, out.readValuesToList().contains("live unique"), "released once held for dedup.max.hold.ms");
    }
}
