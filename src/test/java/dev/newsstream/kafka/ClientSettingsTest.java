package dev.newsstream.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsstream.config.ConfigLoader;
import dev.newsstream.config.NewsConfig;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** Security settings given as {@code kafka.*} reach every client newsstream makes, Kafka Streams' own included. */
class ClientSettingsTest {
    private static final Map<String, String> SECURITY = Map.of(
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    + "username=\"feeder\" password=\"pw-7f3a\";",
            "ssl.truststore.location", "/etc/newsstream/trust.p12",
            "ssl.truststore.password", "ts-91c2",
            "ssl.truststore.type", "PKCS12",
            "ssl.endpoint.identification.algorithm", "https");

    private static NewsConfig configFromFlags() {
        Map<String, String> flags = new java.util.HashMap<>();
        SECURITY.forEach((k, v) -> flags.put("kafka." + k, v));
        return ConfigLoader.load(Map.of(), Map.of(), flags);
    }

    private static void assertSecurity(Map<String, Object> client, String which) {
        SECURITY.forEach((k, v) -> assertEquals(v, String.valueOf(client.get(k)), which + " lacks " + k));
    }

    @Test
    void producerConsumerAndAdminGetTheSecuritySettings() {
        NewsConfig config = configFromFlags();
        assertSecurity(asMap(ClientSettings.producer(config, "b:9093")), "producer");
        assertSecurity(asMap(ClientSettings.consumer(config, "b:9093", "g")), "consumer");
        assertSecurity(asMap(ClientSettings.admin(config, "b:9093")), "admin");
    }

    @Test
    void everyInternalClientOfKafkaStreamsGetsThem() {
        StreamsConfig streams = new StreamsConfig(ClientSettings.streams(configFromFlags(), "b:9093"));
        assertSecurity(streams.getMainConsumerConfigs("group", "client", 0), "main consumer");
        assertSecurity(streams.getRestoreConsumerConfigs("client"), "restore consumer");
        assertSecurity(streams.getGlobalConsumerConfigs("client"), "global consumer");
        assertSecurity(streams.getProducerConfigs("client"), "producer");
        assertSecurity(streams.getAdminConfigs("client"), "admin");
    }

    @Test
    void environmentVariablesNameTheSameSettings() {
        NewsConfig config = ConfigLoader.load(Map.of(), ConfigLoader.fromEnvironment(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SSL",
                "KAFKA_SSL_KEYSTORE_LOCATION", "/k.p12",
                "KAFKA_SSL_KEYSTORE_PASSWORD", "ks-55e0",
                "KAFKA_SASL_JAAS_CONFIG", "x required;")), Map.of());
        StreamsConfig streams = new StreamsConfig(ClientSettings.streams(config, "b:9093"));
        for (Map<String, Object> client : java.util.List.of(streams.getMainConsumerConfigs("g", "c", 0),
                streams.getProducerConfigs("c"), streams.getAdminConfigs("c"), asMap(ClientSettings.producer(config, "b")),
                asMap(ClientSettings.consumer(config, "b", "g")), asMap(ClientSettings.admin(config, "b")))) {
            assertEquals("SSL", client.get("security.protocol"));
            assertEquals("/k.p12", client.get("ssl.keystore.location"));
            assertEquals("ks-55e0", String.valueOf(client.get("ssl.keystore.password")));
            assertEquals("x required;", String.valueOf(client.get("sasl.jaas.config")));
        }
    }

    @Test
    void passthroughSettingsWinOverNewsstreamDefaults() {
        NewsConfig config = ConfigLoader.load(Map.of(), Map.of(), Map.of("kafka.linger.ms", "50",
                "kafka.max.poll.records", "10", "kafka.processing.guarantee", "at_least_once"));
        assertEquals("50", ClientSettings.producer(config, "b").get("linger.ms"));
        assertEquals("10", ClientSettings.consumer(config, "b", "g").get("max.poll.records"));
        assertEquals("at_least_once", ClientSettings.streams(config, "b").get("processing.guarantee"));
    }

    private static Map<String, Object> asMap(java.util.Properties p) {
        Map<String, Object> m = new java.util.HashMap<>();
        p.forEach((k, v) -> m.put(String.valueOf(k), v));
        return m;
    }
}
