package dev.newsstream.it;

import dev.newsstream.avro.ContentType;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.benchmark.ArticleGenerator;
import dev.newsstream.config.ConfigLoader;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.WireFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;

/** What the real-broker tests share: a fresh config per scenario, a test-kit cluster, waits. */
final class ItSupport {
    private static final WireFormat WIRE = new WireFormat();

    private ItSupport() {}

    /** A config with its own topics, application id and state dir, so scenarios can share a cluster. */
    static NewsConfig config(String bootstrap, Map<String, String> extra) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", bootstrap);
        flags.put("application.id", "it-" + run);
        flags.put("data.dir", Files.createTempDirectory("newsstream-it").toString());
        for (String topic : List.of("raw", "enriched", "duplicates", "dlq", "entities", "quotes")) {
            flags.put("topic." + topic, run + "." + topic);
        }
        flags.put("topic.partitions", "4");
        flags.putAll(extra);
        return ConfigLoader.load(Map.of(), Map.of(), flags);
    }

    /** A single combined broker and controller from Kafka's own test kit. */
    static KafkaClusterTestKit startTestKit() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("message.max.bytes", String.valueOf(16 * 1024 * 1024))
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return cluster;
    }

    static byte[] encode(ArticleGenerator.Generated g) {
        return WIRE.raw.encode(RawArticle.newBuilder().setId(g.id()).setBody(g.body()).setSource("generated.example")
                .setMetadata(new HashMap<>()).setContentType(ContentType.valueOf(g.type().name())).build());
    }

    static byte[] encode(String id, String body) {
        return WIRE.raw.encode(RawArticle.newBuilder().setId(id).setBody(body).setSource("generated.example")
                .setMetadata(new HashMap<>()).setContentType(ContentType.TEXT).build());
    }

    static ArticleGenerator generator(long seed) throws Exception {
        return new ArticleGenerator(Path.of("samples"), seed);
    }

    static void awaitRunning(Duration timeout, KafkaStreams... all) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (KafkaStreams streams : all) {
            while (streams.state() != KafkaStreams.State.RUNNING) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("streams not RUNNING within " + timeout + ": " + streams.state());
                }
                Thread.sleep(100);
            }
        }
    }
}
