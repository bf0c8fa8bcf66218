package dev.newsstream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.Fixtures;
import dev.newsstream.avro.ContentType;
import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.WireFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsTopologyTopologyTest {
    private final WireFormat wire = new WireFormat();
    private NewsConfig config;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, byte[]> duplicates;
    private TestOutputTopic<String, byte[]> dlq;

    private static final java.time.Instant START = java.time.Instant.parse("2026-03-01T08:00:00Z");

    @BeforeEach
    void setUp() throws Exception {
        config = // the test driver has one partition per topic: dedup must not wait for others
        dev.newsstream.config.ConfigLoader.load(java.util.Map.of(), java.util.Map.of(), java.util.Map.of("topic.partitions", "1")).withDataDir(Files.createTempDirectory("topology-test"));
        driver = new TopologyTestDriver(NewsTopology.build(config, new PipelineStats()),
                ClientSettings.streams(config, "unused:9092"), START);
        raw = driver.createInputTopic(config.topics().raw(), new StringSerializer(), new ByteArraySerializer(),
                START, java.time.Duration.ZERO);
        enriched = output(config.topics().enriched());
        duplicates = output(config.topics().duplicates());
        dlq = output(config.topics().dlq());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private TestOutputTopic<String, byte[]> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private byte[] article(String id, String fixture) {
        return wire.raw.encode(RawArticle.newBuilder().setId(id).setBody(Fixtures.text("pipeline", fixture))
                .setContentType(ContentType.TEXT).setMetadata(new HashMap<>()).build());
    }

    @Test
    void routesEveryInputToExactlyOneOutput() {
        raw.pipeInput("a", article("a", "ferry-line-reopens.txt"));
        raw.pipeInput("b", article("b", "ferry-line-reopens-copy.txt"));
        raw.pipeInput("c", article("c", "ferry-line-reopens-repost.txt"));
        raw.pipeInput("d", article("d", "orsk-tourism-season.txt"));
        raw.pipeInput("e", article("e", "empty-body.txt"));
        raw.pipeInput("f", "not an article".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("g", "{\"id\":\"g\",\"body\":\"Short wire item.\",\"contentType\":\"TEXT\"}".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("h", (byte[]) null);

        driver.advanceWallClockTime(java.time.Duration.ofSeconds(1)); // past the dedup reorder window
        Map<String, EnrichedArticle> good = new HashMap<>();
        enriched.readValuesToList().forEach(v -> good.put(wire.enriched.decode(v).getId(), wire.enriched.decode(v)));
        Map<String, DuplicateArticle> dups = new HashMap<>();
        duplicates.readValuesToList().forEach(v -> dups.put(wire.duplicate.decode(v).getId(), wire.duplicate.decode(v)));
        Map<String, DeadLetter> dead = new HashMap<>();
        dlq.readKeyValuesToList().forEach(kv -> dead.put(kv.key, wire.deadLetter.decode(kv.value)));

        assertEquals(List.of("a", "d", "g"), good.keySet().stream().sorted().toList());
        assertEquals(List.of("b", "c"), dups.keySet().stream().sorted().toList());
        assertEquals(List.of("e", "f", "h"), dead.keySet().stream().sorted().toList());
        assertEquals("a", dups.get("b").getDuplicateOf());
        assertEquals("a", dups.get("c").getDuplicateOf());
        assertEquals("EMPTY_BODY", dead.get("e").getReason().name());
        assertEquals("UNDECODABLE", dead.get("f").getReason().name());
        assertEquals("MISSING_BODY", dead.get("h").getReason().name());
        assertEquals("not an article", StandardCharsets.UTF_8.decode(dead.get("f").getOriginalValue()).toString());
        EnrichedArticle a = good.get("a");
        assertTrue(a.getWordCount() > 50);
        assertTrue(a.getText().contains("\n\n"), "paragraphs are separated by a blank line");
    }

    @Test
    void fanOutMatchesTheEnrichedRecord() {
        raw.pipeInput("a", article("a", "ferry-line-reopens.txt"));
        driver.advanceWallClockTime(java.time.Duration.ofSeconds(1)); // past the dedup reorder window
        EnrichedArticle a = wire.enriched.decode(enriched.readValue());
        assertEquals(a.getEntities().size(), output(config.topics().entities()).readValuesToList().size());
        assertEquals(a.getQuotes().size(), output(config.topics().quotes()).readValuesToList().size());
    }

    @Test
    void siteFurnitureIsLearnedFromEarlierArticlesOfTheSameSource() throws Exception {
        String top = Fixtures.text("clean", "furniture/wrapper-top.txt").strip();
        String bottom = Fixtures.text("clean", "furniture/wrapper-bottom.txt").strip();
        String slogan = top.lines().toList().get(1);
        String[] stories = Fixtures.text("clean", "furniture/stories.txt").replaceFirst("^#[^\n]*\n", "").split("\n\\s*\n");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            String body = top + "\n\n" + String.join("\n\n", stories[i].strip().lines().toList()) + "\n\n" + bottom;
            var node = json.createObjectNode().put("id", "s" + i).put("source", "ledger.example").put("body", body)
                    .put("contentType", "TEXT");
            raw.pipeInput("s" + i, json.writeValueAsBytes(node), START.plusSeconds(i)); // written now, as by a producer keeping up
            driver.advanceWallClockTime(java.time.Duration.ofSeconds(1)); // past the dedup reorder window
            texts.add(wire.enriched.decode(enriched.readValue()).getText());
        }
        assertTrue(texts.get(0).contains(slogan), "a single page cannot tell the slogan from the story");
        assertTrue(!texts.get(12).contains(slogan), "after a dozen articles of the site the slogan is known furniture");
    }

    @Test
    void oversizedBodiesGoToTheDlqWithABoundedPrefix() {
        String body = "word ".repeat(500_000);
        raw.pipeInput("big", ("{\"body\":\"" + body + "\"}").getBytes(StandardCharsets.UTF_8));
        DeadLetter d = wire.deadLetter.decode(dlq.readValue());
        assertEquals("OVERSIZED", d.getReason().name());
        assertTrue(d.getTruncated());
        assertEquals(config.dlqValuePrefixBytes(), d.getOriginalValue().remaining());
    }
}
