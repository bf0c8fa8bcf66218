package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.Fixtures;
import dev.newsstream.avro.ContentType;
import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.TopicAdmin;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.model.RejectReason;
import dev.newsstream.topology.NewsTopology;
import dev.newsstream.topology.PipelineStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * End-to-end scenarios against a real broker; subclasses say which broker. Each scenario uses
 * its own topics and application id, so scenarios share one cluster.
 */
abstract class PipelineScenarios {
    private final WireFormat wire = new WireFormat();

    protected abstract String bootstrapServers();

    @Test
    void everyInputEndsInExactlyOneOutputAndDuplicatesAreCaughtAcrossPartitions() throws Exception {
        NewsConfig config = config();
        TopicAdmin.ensureTopics(config, bootstrapServers());
        try (KafkaStreams streams = new KafkaStreams(NewsTopology.build(config, new PipelineStats()),
                     ClientSettings.streams(config, bootstrapServers()));
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(config, bootstrapServers()));
             Outputs outputs = new Outputs(config, bootstrapServers())) {
            streams.start();
            send(producer, config, 0, "original", article("original", "ferry-line-reopens.txt"));
            outputs.awaitIds(List.of("original"), Duration.ofSeconds(120));

            send(producer, config, 3, "exact-copy", article("exact-copy", "ferry-line-reopens-copy.txt"));
            send(producer, config, 2, "repost", article("repost", "ferry-line-reopens-repost.txt"));
            send(producer, config, 1, "same-topic", article("same-topic", "orsk-tourism-season.txt"));
            send(producer, config, 0, "other-story", article("other-story", "grain-prices-fall.txt"));
            send(producer, config, 1, "empty", article("empty", "empty-body.txt"));
            send(producer, config, 2, "garbage", new byte[] {0x13, 0x37, (byte) 0xFF, 0x00});
            send(producer, config, 3, "no-body", "{\"title\":\"a title only\"}".getBytes(StandardCharsets.UTF_8));
            send(producer, config, 0, "tombstone", null);
            producer.flush();
            List<String> ids = List.of("original", "exact-copy", "repost", "same-topic", "other-story", "empty",
                    "garbage", "no-body", "tombstone");
            outputs.awaitIds(ids, Duration.ofSeconds(120));
            outputs.drain(Duration.ofSeconds(3));

            for (String id : ids) {
                assertEquals(1, outputs.count(id), id + " must end in exactly one output, got " + outputs.where(id));
            }
            assertEquals(List.of("original", "same-topic", "other-story").stream().sorted().toList(),
                    outputs.enriched.keySet().stream().sorted().toList());
            assertEquals("original", outputs.duplicates.get("exact-copy").getDuplicateOf());
            assertEquals("EXACT", outputs.duplicates.get("exact-copy").getMethod().name());
            assertEquals("original", outputs.duplicates.get("repost").getDuplicateOf());
            assertEquals(RejectReason.EMPTY_BODY.name(), outputs.dead.get("empty").getReason().name());
            assertEquals(RejectReason.UNDECODABLE.name(), outputs.dead.get("garbage").getReason().name());
            assertEquals(RejectReason.MISSING_BODY.name(), outputs.dead.get("no-body").getReason().name());
            assertEquals(RejectReason.MISSING_BODY.name(), outputs.dead.get("tombstone").getReason().name());
            DeadLetter garbage = outputs.dead.get("garbage");
            assertEquals(config.topics().raw(), garbage.getOriginalTopic());
            assertEquals(2, garbage.getOriginalPartition());
            assertEquals(4, garbage.getOriginalValue().remaining(), "the original bytes are kept");
            EnrichedArticle original = outputs.enriched.get("original");
            assertTrue(original.getText().contains("Valbruck"));

            // re-driving the DLQ sends each dead letter's original bytes through the pipeline again
            var counts = dev.newsstream.cli.ReplayDlqCommand.replay(config, bootstrapServers(), "UNDECODABLE", false);
            assertEquals(1, counts.replayed());
            assertEquals(3, counts.skipped());
            outputs.awaitCount("garbage", 2, Duration.ofSeconds(60));
            assertEquals(List.of(config.topics().dlq(), config.topics().dlq()), outputs.where("garbage"));
        }
    }

    @Test
    void aCopyArrivingAfterARestartWithLostLocalStateIsStillCaught() throws Exception {
        NewsConfig config = config();
        TopicAdmin.ensureTopics(config, bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(config, bootstrapServers()));
             Outputs outputs = new Outputs(config, bootstrapServers())) {
            try (KafkaStreams first = new KafkaStreams(NewsTopology.build(config, new PipelineStats()),
                    ClientSettings.streams(config, bootstrapServers()))) {
                first.start();
                send(producer, config, 0, "before-restart", article("before-restart", "ferry-line-reopens.txt"));
                outputs.awaitIds(List.of("before-restart"), Duration.ofSeconds(120));
            }
            // wipe the local RocksDB state: the index must come back from its changelog topic
            try (var walk = Files.walk(config.dataDir())) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            try (KafkaStreams second = new KafkaStreams(NewsTopology.build(config, new PipelineStats()),
                    ClientSettings.streams(config, bootstrapServers()))) {
                second.start();
                send(producer, config, 3, "after-restart", article("after-restart", "ferry-line-reopens-repost.txt"));
                outputs.awaitIds(List.of("after-restart"), Duration.ofSeconds(120));
            }
            assertEquals("before-restart", outputs.duplicates.get("after-restart").getDuplicateOf());
            assertEquals(1, outputs.count("before-restart"));
        }
    }

    private NewsConfig config() throws Exception {
        return ItSupport.config(bootstrapServers(), Map.of());
    }

    private byte[] article(String id, String fixture) {
        return wire.raw.encode(RawArticle.newBuilder().setId(id).setBody(Fixtures.text("pipeline", fixture))
                .setContentType(ContentType.TEXT).setMetadata(new HashMap<>()).build());
    }

    private static void send(KafkaProducer<String, byte[]> producer, NewsConfig config, int partition, String key,
                             byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(config.topics().raw(), partition, key, value)).get();
    }

    static Path tempDir() throws Exception {
        return Files.createTempDirectory("newsstream-it");
    }
}
