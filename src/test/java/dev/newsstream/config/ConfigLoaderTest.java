package dev.newsstream.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    @Test
    void defaultsMatchTheBrief() {
        NewsConfig c = NewsConfig.defaults();
        assertNull(c.bootstrapServers());
        assertTrue(c.embedded());
        assertEquals("news.articles.raw", c.topics().raw());
        assertEquals("news.articles.dlq", c.topics().dlq());
        assertEquals(2L * 1024 * 1024, c.maxBodyBytes());
        assertEquals(7, c.dedupRetention().toDays());
    }

    @Test
    void laterLayersWin() {
        NewsConfig c = ConfigLoader.load(
                Map.of("topic.raw", "from-file", "topic.partitions", "8"),
                ConfigLoader.fromEnvironment(Map.of("NEWSSTREAM_TOPIC_RAW", "from-env", "KAFKA_SECURITY_PROTOCOL", "SSL",
                        "KAFKA_HEAP_OPTS", "-Xmx1g", "NEWSSTREAM_HOME", "/opt/newsstream")),
                Map.of("topic.partitions", "12"));
        assertEquals("from-env", c.topics().raw());
        assertEquals(12, c.partitions());
        assertEquals(Map.of("security.protocol", "SSL"), c.kafka());
    }

    @Test
    void rejectsUnknownAndInvalidSettings() {
        var unknown = assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("topic.raww", "x"), Map.of(), Map.of()));
        assertTrue(unknown.getMessage().contains("topic.raww"));
        assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(), Map.of(), Map.of("topic.partitions", "many")));
        assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of(), Map.of(), Map.of("dedup.near.threshold", "1.5")));
    }

    @Test
    void printingTheConfigHidesClientSettingValues() {
        NewsConfig c = ConfigLoader.load(Map.of(), Map.of(), Map.of(
                "kafka.ssl.truststore.password", "s3cret-Truststore", "kafka.sasl.jaas.config", "user=\"a\" password=\"pw-9\""));
        String printed = c.toString();
        assertTrue(printed.contains("ssl.truststore.password"), printed);
        assertTrue(printed.contains("partitions=4") && printed.contains("schemaRegistryUrl=null"), printed);
        assertTrue(!printed.contains("s3cret-Truststore") && !printed.contains("pw-9"), printed);
    }
}
