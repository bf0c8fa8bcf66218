package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.config.ConfigLoader;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.EndOffsetWatcher;
import dev.newsstream.kafka.TopicAdmin;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The end offsets intake uses to tell dedup a raw partition has nothing more: looked up on a real broker. */
class EndOffsetWatcherIT {
    @Test
    void onlyTheLastRecordOfAPartitionIsReportedAsItsEnd() throws Exception {
        NewsConfig config = ConfigLoader.load(Map.of(), Map.of(), Map.of());
        String raw = config.topics().raw();
        try (EmbeddedBroker broker = EmbeddedBroker.start(PipelineScenarios.tempDir(), 0);
             EndOffsetWatcher ends = new EndOffsetWatcher(ClientSettings.admin(config, broker.bootstrapServers()), raw,
                     Duration.ofMillis(50));
             var producer = new KafkaProducer<String, byte[]>(ClientSettings.producer(config, broker.bootstrapServers()))) {
            TopicAdmin.ensureTopics(config, broker.bootstrapServers());
            assertEquals(Long.MIN_VALUE, ends.lastAt(0, 0), "nothing is known before the first lookup");
            long beforeWrites = System.currentTimeMillis();
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(raw, 0, "k" + i, new byte[] {1})).get();
            }
            long seenAt = awaitEnd(ends, 0, 2);
            assertTrue(seenAt >= beforeWrites, "looked up after the records were written");
            assertEquals(Long.MIN_VALUE, ends.lastAt(0, 1), "a record with another after it is not the end");
            assertEquals(Long.MIN_VALUE, ends.lastAt(1, 0), "an empty partition has no last record");

            producer.send(new ProducerRecord<>(raw, 0, "k3", new byte[] {1})).get();
            awaitEnd(ends, 0, 3);
            assertEquals(Long.MIN_VALUE, ends.lastAt(0, 2), "no longer the end once another record is written");
        }
    }

    private static long awaitEnd(EndOffsetWatcher ends, int partition, long offset) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            long at = ends.lastAt(partition, offset);
            if (at != Long.MIN_VALUE) {
                return at;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("offset " + offset + " of partition " + partition + " never reported as the end");
    }
}
