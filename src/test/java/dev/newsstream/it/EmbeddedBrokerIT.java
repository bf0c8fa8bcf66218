package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.config.ConfigLoader;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.TopicAdmin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The product's embedded broker: a real KRaft broker whose data survives a restart. */
class EmbeddedBrokerIT {
    @Test
    void topicsAndRecordsSurviveARestart() throws Exception {
        Path dir = PipelineScenarios.tempDir();
        NewsConfig config = ConfigLoader.load(Map.of(), Map.of(), Map.of());
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0)) {
            assertEquals(6, TopicAdmin.ensureTopics(config, broker.bootstrapServers()).size());
            try (var producer = new KafkaProducer<String, byte[]>(ClientSettings.producer(config, broker.bootstrapServers()))) {
                producer.send(new ProducerRecord<>(config.topics().raw(), "k", "{\"body\":\"kept\"}".getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0)) {
            assertTrue(TopicAdmin.ensureTopics(config, broker.bootstrapServers()).isEmpty(), "topics were kept");
            var props = ClientSettings.consumer(config, broker.bootstrapServers(), "restart-check");
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (var consumer = new KafkaConsumer<String, byte[]>(props)) {
                consumer.subscribe(List.of(config.topics().raw()));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                int found = 0;
                while (found == 0 && System.nanoTime() < deadline) {
                    found = consumer.poll(Duration.ofMillis(500)).count();
                }
                assertEquals(1, found, "the record written before the restart is still there");
            }
        }
    }
}
