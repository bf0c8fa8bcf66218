package dev.newsstream.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.RawArticle;
import dev.newsstream.config.ConfigLoader;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.topology.NewsTopology;
import dev.newsstream.topology.PipelineStats;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * The topology configured with {@code schema.registry.url}: output records leave in the
 * Confluent wire format, registered over HTTP with the real Apicurio client, and a consumer's
 * deserializer pointed at the same registry reads them back.
 */
class RegistryTopologyTest {
    @Test
    void outputsUseTheRegistryWhenConfigured() throws Exception {
        try (FakeApicurioServer registry = new FakeApicurioServer()) {
            NewsConfig config = ConfigLoader.load(Map.of(), Map.of(), Map.of(
                    "schema.registry.url", registry.baseUrl(),
                    "data.dir", Files.createTempDirectory("registry-topology").toString()));
            assertTrue(config.registryMode());
            try (TopologyTestDriver driver = new TopologyTestDriver(NewsTopology.build(config, new PipelineStats()),
                    ClientSettings.streams(config, "unused:9092"))) {
                var raw = driver.createInputTopic(config.topics().raw(), new StringSerializer(), new ByteArraySerializer());
                var dlq = driver.createOutputTopic(config.topics().dlq(), new StringDeserializer(), new ByteArrayDeserializer());
                // producers without a registry keep working: a single-object RawArticle with an empty body
                raw.pipeInput("e1", new WireFormat().raw.encode(RawArticle.newBuilder().setId("e1").setBody("  ")
                        .setMetadata(Map.of()).build()));

                byte[] bytes = dlq.readValue();
                assertEquals(0, bytes[0], "Confluent magic byte");
                int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
                assertEquals(DeadLetter.getClassSchema(), new Schema.Parser().parse(registry.content(id)));
                assertTrue(registry.requests.contains("POST /apis/registry/v2/groups/default/artifacts"), registry.requests.toString());

                try (var consumer = new AvroKafkaDeserializer<DeadLetter>()) {
                    Map<String, Object> settings = new java.util.HashMap<>(RegistryWireFormatTest.consumerConfig(true));
                    settings.put(SerdeConfig.REGISTRY_URL, registry.baseUrl() + "/apis/registry/v2");
                    consumer.configure(settings, false);
                    DeadLetter letter = consumer.deserialize(config.topics().dlq(), bytes);
                    assertEquals("EMPTY_BODY", letter.getReason().name());
                    assertEquals("e1", letter.getArticleId());
                }
            }
        }
    }

    /** A producer with Confluent's or Apicurio's serializer writes Confluent-framed RawArticles. */
    @Test
    void rawArticlesInTheConfluentWireFormatAreDecoded() throws Exception {
        try (FakeApicurioServer registry = new FakeApicurioServer()) {
            NewsConfig config = ConfigLoader.load(Map.of(), Map.of(), Map.of(
                    "schema.registry.url", registry.baseUrl(),
                    "data.dir", Files.createTempDirectory("registry-topology").toString()));
            try (TopologyTestDriver driver = new TopologyTestDriver(NewsTopology.build(config, new PipelineStats()),
                    ClientSettings.streams(config, "unused:9092"))) {
                var raw = driver.createInputTopic(config.topics().raw(), new StringSerializer(), new ByteArraySerializer());
                var dlq = driver.createOutputTopic(config.topics().dlq(), new StringDeserializer(), new ByteArrayDeserializer());
                byte[] framed = WireFormat.of(config).raw.encode(RawArticle.newBuilder().setId("f1").setBody("")
                        .setMetadata(Map.of()).build());
                assertEquals(0, framed[0]);
                raw.pipeInput("f1", framed);
                DeadLetter letter = WireFormat.of(config).deadLetter.decode(dlq.readValue());
                assertEquals("EMPTY_BODY", letter.getReason().name(), "decoded as a RawArticle, then rejected for its body");
            }
        }
    }
}
