package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.Fixtures;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.TopicAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/**
 * The pipeline against a TLS-only client listener, then one with SASL/PLAIN over TLS: every client (topic admin, Kafka Streams and
 * its internal clients, producer, consumer) gets the truststore and credentials from {@code kafka.*} settings,
 * and no password ever reaches the logs.
 */
class TlsPipelineIT {
    @ParameterizedTest(name = "SASL/PLAIN on top: {0}")
    @ValueSource(booleans = {false, true})
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void thePipelineRunsOverTlsAndNeverLogsASecret(boolean sasl) throws Exception {
        Path dir = Files.createTempDirectory("newsstream-it-tls");
        TestCertificates certs = TestCertificates.create(dir);
        String saslPassword = "sasl-" + UUID.randomUUID();
        EmbeddedBroker.Listener tls = EmbeddedBroker.Listener.ssl(
                certs.keystore(), certs.keystorePassword(), certs.truststore(), certs.truststorePassword());
        EmbeddedBroker.Listener listener = sasl ? tls.withSaslPlain("newsstream", saslPassword) : tls;
        List<String> logged;
        try (LogCapture capture = LogCapture.open();
             EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0, listener)) {
            String bootstrap = broker.bootstrapServers();
            assertRefused(bootstrap, Map.of());
            if (sasl) {
                assertRefused(bootstrap, tls.clientSettings()); // TLS without the SASL credentials
            }

            Map<String, String> flags = new HashMap<>(Map.of("stream.threads", "1", "topic.partitions", "2"));
            broker.clientSettings().forEach((k, v) -> flags.put("kafka." + k, v));
            NewsConfig config = ItSupport.config(bootstrap, flags);
            assertEquals(listener.protocol(), config.kafka().get("security.protocol"));
            TopicAdmin.ensureTopics(config, bootstrap);

            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            KafkaStreams streams = PipelineInstances.start(config, bootstrap, failures);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(config, bootstrap));
                 Outputs outputs = new Outputs(config, bootstrap)) {
                Map<String, byte[]> inputs = new java.util.LinkedHashMap<>();
                inputs.put("original", ItSupport.encode("original", Fixtures.text("pipeline", "ferry-line-reopens.txt")));
                inputs.put("copy", ItSupport.encode("copy", Fixtures.text("pipeline", "ferry-line-reopens-copy.txt")));
                inputs.put("other", ItSupport.encode("other", Fixtures.text("pipeline", "grain-prices-fall.txt")));
                inputs.put("garbage", new byte[] {0x13, 0x37, (byte) 0xFF, 0x00});
                for (var e : inputs.entrySet()) {
                    producer.send(new ProducerRecord<>(config.topics().raw(), e.getKey(), e.getValue())).get();
                }
                outputs.awaitIds(inputs.keySet(), Duration.ofSeconds(120));
                outputs.drain(Duration.ofSeconds(2));
                assertEquals(Map.of(), outputs.repeated());
                assertTrue(outputs.enriched.containsKey("other"));
                assertTrue(outputs.dead.containsKey("garbage"));
                assertTrue(outputs.duplicates.containsKey("copy") || outputs.duplicates.containsKey("original"),
                        "one of the two copies is flagged: " + outputs.seen);
                assertTrue(failures.isEmpty(), "no stream thread died: " + failures);
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
            logged = capture.lines();
        }

        String onDisk = Files.readString(dir.resolve("broker").resolve("broker.properties"));
        assertTrue(onDisk.contains("listeners=" + listener.protocol()) && !onDisk.contains(certs.keystorePassword())
                && !onDisk.contains(certs.truststorePassword()) && !onDisk.contains(saslPassword),
                "the broker's properties file keeps no password");

        for (String secret : List.of(certs.keystorePassword(), certs.truststorePassword(), saslPassword)) {
            List<String> leaks = logged.stream().filter(line -> line.contains(secret)).toList();
            assertEquals(List.of(), leaks, "log lines with a password");
        }
        // Kafka prints each client's configuration at start, with passwords masked
        for (String client : List.of("ProducerConfig", "ConsumerConfig", "AdminClientConfig")) {
            assertTrue(logged.stream().anyMatch(line -> line.contains(client + " values")
                            && line.contains("security.protocol = " + listener.protocol())
                            && line.contains("ssl.truststore.password = [hidden]")
                            && (!sasl || line.contains("sasl.jaas.config = [hidden]"))),
                    client + " was logged with its truststore password masked (" + logged.size() + " lines captured)");
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("KafkaConfig values")
                && line.contains("ssl.keystore.password = [hidden]")), "the broker's keystore password is masked");
    }

    /** A client with only these settings cannot use the listener. */
    private static void assertRefused(String bootstrap, Map<String, String> settings) {
        Properties p = new Properties();
        p.putAll(settings);
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(p)) {
            assertThrows(Exception.class, () -> admin.listTopics().names().get(10, TimeUnit.SECONDS));
        }
    }
}
