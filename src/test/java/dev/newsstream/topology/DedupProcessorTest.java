package dev.newsstream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsstream.avro.CleanedArticle;
import dev.newsstream.avro.DuplicateArticle;
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
import org.apache.kafka.streams.state.Stores;
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

    private void start(Duration window) throws Exception {
        if (dir == null) {
            dir = Files.createTempDirectory("dedup-processor-test");
        }
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DedupProcessor.STORE), Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DedupProcessor.PENDING), Serdes.String(), Serdes.ByteArray()));
        builder.stream("in", Consumed.with(Serdes.String(), wire.cleaned))
                .process(() -> new DedupProcessor(DedupConfig.defaults(), window, wire.cleaned, new PipelineStats()),
                        DedupProcessor.STORE, DedupProcessor.PENDING)
                .mapValues(DedupProcessorTest::describe)
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Topology topology = builder.build();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-processor-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        driver = new TopologyTestDriver(topology, props, Instant.parse("2026-03-01T08:00:00Z"));
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
        driver.close();
    }

    private void send(String id, String text, String publishedAt) {
        CleanedArticle article = CleanedArticle.newBuilder().setId(id).setText(text)
                .setContentHash(Shingler.contentHash(Shingler.tokens(text))).setMetadata(new HashMap<>())
                .setPublishedAt(publishedAt == null ? null : Instant.parse(publishedAt)).build();
        in.pipeInput(id, article);
    }

    @Test
    void aLaterArrivingEarlierPublishedCopyWithinTheWindowBecomesTheOriginal() throws Exception {
        start(Duration.ofMillis(250));
        send("late-copy", STORY, "2026-03-01T07:30:00Z");
        driver.advanceWallClockTime(Duration.ofMillis(100));
        send("first-post", STORY.replace("Tuesday", "Tuesday morning"), "2026-03-01T07:00:00Z");
        send("other", STORY.replace("stone", "iron").replace("lorries", "buses").replace("divers", "inspectors")
                .replace("Cars", "Vans").replace("repairs", "works").replace("three weeks", "a month"), null);
        assertEquals(List.of(), out.readValuesToList(), "nothing leaves before the window");
        driver.advanceWallClockTime(Duration.ofMillis(200));
        List<String> released = out.readValuesToList();
        assertEquals("first-post unique", released.get(0));
        assertEquals(true, released.get(1).startsWith("late-copy duplicates first-post NEAR 0."), released.get(1));
        assertEquals(2, released.size(), "the undated article arrived last and still waits: " + released);
        driver.advanceWallClockTime(Duration.ofMillis(300));
        assertEquals(List.of("other unique"), out.readValuesToList());
    }

    @Test
    void aCopyArrivingAfterTheWindowIsADuplicateEvenWhenPublishedEarlier() throws Exception {
        start(Duration.ofMillis(250));
        send("a", STORY, "2026-03-01T07:30:00Z");
        driver.advanceWallClockTime(Duration.ofMillis(400));
        assertEquals(List.of("a unique"), out.readValuesToList());
        send("b", STORY, "2026-03-01T06:00:00Z");
        driver.advanceWallClockTime(Duration.ofMillis(400));
        assertEquals(List.of("b duplicates a EXACT 1.0"), out.readValuesToList());
    }

    @Test
    void undatedArticlesAreReleasedInArrivalOrder() throws Exception {
        start(Duration.ofMillis(250));
        send("z", STORY, null);
        send("y", STORY, null);
        send("x", STORY, null);
        driver.advanceWallClockTime(Duration.ofMillis(400));
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
        driver.advanceWallClockTime(Duration.ofMillis(1000));
        assertEquals(List.of("a unique", "b duplicates a EXACT 1.0"), out.readValuesToList());
    }
}
