package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.benchmark.ArticleGenerator;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.TopicAdmin;
import dev.newsstream.topology.PipelineStats;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The product's embedded broker goes away for 30 s and comes back on the same port and data
 * directory; the pipeline resumes by itself, and articles sent before, during and after the
 * outage each come out exactly once.
 */
class BrokerRestartIT {
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** Enough for the pipeline to be busy with the first batch when the broker goes. */
    private static final int BEFORE = 60;
    private static final int PER_PHASE = 15;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void thePipelineRidesOutA30SecondBrokerOutage() throws Exception {
        Path brokerDir = Files.createTempDirectory("newsstream-it-broker");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedBroker broker = EmbeddedBroker.start(brokerDir, port);
        String bootstrap = broker.bootstrapServers();
        NewsConfig config = ItSupport.config(bootstrap, Map.of("stream.threads", "1", "topic.partitions", "2"));
        TopicAdmin.ensureTopics(config, bootstrap);

        ArticleGenerator generator = ItSupport.generator(23);
        Map<String, byte[]> before = batch(generator, "before-", BEFORE);
        Map<String, byte[]> during = batch(generator, "during-", PER_PHASE);
        Map<String, byte[]> after = batch(generator, "after-", PER_PHASE);

        List<Throwable> threadFailures = new CopyOnWriteArrayList<>();
        List<KafkaStreams.State> states = new CopyOnWriteArrayList<>();
        Properties producerProps = ClientSettings.producer(config, bootstrap);
        // a producer that buffers through the outage instead of failing its sends
        producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000);
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 180_000);
        KafkaStreams streams = null;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps);
             Outputs outputs = new Outputs(config, bootstrap)) {
            streams = PipelineInstances.start(config, bootstrap, threadFailures, states, new PipelineStats());
            ItSupport.awaitRunning(Duration.ofSeconds(60), streams);
            sendAll(producer, config, before);
            // the broker goes away while the pipeline is in the middle of the first batch
            outputs.awaitAtLeast(5, Duration.ofSeconds(90));
            int doneWhenDown = outputs.seen.size();
            broker.close();
            long down = System.nanoTime();
            // send() may block on metadata while the broker is away, so a producer thread of its own
            // sends the articles of the outage and the outage lasts its 30 s whatever send() does
            ExecutorService sender = Executors.newSingleThreadExecutor();
            Future<?> sentDuring = sender.submit(() -> {
                sendAll(producer, config, during);
                return null;
            });
            sender.shutdown();
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - down) / 1_000_000));
            assertFalse(states.contains(KafkaStreams.State.ERROR), "streams state during the outage: " + states);
            broker = EmbeddedBroker.start(brokerDir, port);
            long back = System.nanoTime();

            sentDuring.get(120, TimeUnit.SECONDS);
            sendAll(producer, config, after);
            List<String> all = new ArrayList<>(before.keySet());
            all.addAll(during.keySet());
            all.addAll(after.keySet());
            outputs.awaitIds(all, Duration.ofSeconds(150));
            System.out.printf("BrokerRestartIT: %d of %d first articles out when the broker went; all %d out %.1f s"
                    + " after it came back; states %s%n", doneWhenDown, BEFORE, all.size(), (System.nanoTime() - back) / 1e9, states);
            outputs.drain(Duration.ofSeconds(5));

            assertEquals(Map.of(), outputs.repeated(), "ids that came out more than once");
            assertEquals(new java.util.HashSet<>(all), outputs.seen.keySet(), "every input came out, nothing else");
            assertEquals(KafkaStreams.State.RUNNING, streams.state());
            assertFalse(states.contains(KafkaStreams.State.ERROR), "streams never went to ERROR: " + states);
            assertTrue(threadFailures.isEmpty(), "no stream thread died: " + threadFailures);
        } finally {
            if (streams != null) {
                streams.close(Duration.ofSeconds(30));
            }
            broker.close();
        }
    }

    private static Map<String, byte[]> batch(ArticleGenerator generator, String prefix, int n) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        while (out.size() < n) {
            ArticleGenerator.Generated g = generator.next();
            if (g.copyOf() == null) {
                String id = prefix + g.id();
                out.put(id, ItSupport.encode(new ArticleGenerator.Generated(id, g.body(), g.type(), null)));
            }
        }
        return out;
    }

    private static void sendAll(KafkaProducer<String, byte[]> producer, NewsConfig config, Map<String, byte[]> values)
            throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        values.forEach((id, value) -> sent.add(producer.send(new ProducerRecord<>(config.topics().raw(), id, value))));
        for (Future<RecordMetadata> f : sent) {
            f.get();
        }
    }
}
