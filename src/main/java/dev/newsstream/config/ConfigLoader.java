package dev.newsstream.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the one {@link NewsConfig}: defaults, then a properties file, then the environment
 * ({@code NEWSSTREAM_TOPIC_RAW} for {@code topic.raw}; {@code KAFKA_SECURITY_PROTOCOL} for the
 * client setting {@code security.protocol}), then flags. Unknown keys are rejected.
 */
public final class ConfigLoader {
    /** Variables of Kafka's own scripts, not client settings. */
    private static final Set<String> KAFKA_SCRIPT_VARIABLES = Set.of(
            "KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS",
            "KAFKA_JMX_OPTS", "KAFKA_DEBUG", "KAFKA_GC_LOG_OPTS", "KAFKA_VERSION");

    /** Variables of the launcher, not settings. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("NEWSSTREAM_HOME", "NEWSSTREAM_JAVA_OPTS");

    private ConfigLoader() {}

    public static Map<String, String> readFile(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k).strip()));
        return map;
    }

    /** Settings named by environment variables. */
    public static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> map = new HashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("NEWSSTREAM_") && !LAUNCHER_VARIABLES.contains(name)) {
                map.put(name.substring("NEWSSTREAM_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            } else if (name.startsWith("KAFKA_") && !KAFKA_SCRIPT_VARIABLES.contains(name)) {
                map.put(ConfigKey.KAFKA_PREFIX + name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return map;
    }

    public static NewsConfig load(Map<String, String> file, Map<String, String> env, Map<String, String> flags) {
        Map<String, String> merged = new TreeMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            merged.put(key.key, key.defaultValue);
        }
        for (Map<String, String> layer : java.util.List.of(file, env, flags)) {
            layer.forEach((k, v) -> {
                if (!k.startsWith(ConfigKey.KAFKA_PREFIX) && ConfigKey.of(k).isEmpty()) {
                    throw new ConfigException("unknown setting '" + k + "'; known settings: "
                            + String.join(", ", java.util.Arrays.stream(ConfigKey.values()).map(c -> c.key).toList())
                            + ", and kafka.<client setting>");
                }
                merged.put(k, v);
            });
        }
        Map<String, String> kafka = new TreeMap<>();
        merged.forEach((k, v) -> {
            if (k.startsWith(ConfigKey.KAFKA_PREFIX)) {
                kafka.put(k.substring(ConfigKey.KAFKA_PREFIX.length()), v);
            }
        });
        var topics = new NewsConfig.Topics(
                name(merged, ConfigKey.TOPIC_RAW), name(merged, ConfigKey.TOPIC_ENRICHED),
                name(merged, ConfigKey.TOPIC_DUPLICATES), name(merged, ConfigKey.TOPIC_DLQ),
                name(merged, ConfigKey.TOPIC_ENTITIES), name(merged, ConfigKey.TOPIC_QUOTES));
        double threshold = decimal(merged, ConfigKey.DEDUP_NEAR_THRESHOLD);
        if (threshold <= 0 || threshold > 1) {
            throw new ConfigException(ConfigKey.DEDUP_NEAR_THRESHOLD.key + " must be in (0, 1], not " + threshold);
        }
        return new NewsConfig(
                merged.get(ConfigKey.BOOTSTRAP_SERVERS.key).isBlank() ? null : merged.get(ConfigKey.BOOTSTRAP_SERVERS.key),
                name(merged, ConfigKey.APPLICATION_ID),
                Path.of(name(merged, ConfigKey.DATA_DIR)),
                (int) integer(merged, ConfigKey.EMBEDDED_PORT, 0, 65535),
                topics,
                (int) integer(merged, ConfigKey.PARTITIONS, 1, 10_000),
                (short) integer(merged, ConfigKey.REPLICATION_FACTOR, 1, 32),
                (int) integer(merged, ConfigKey.STREAM_THREADS, 1, 256),
                integer(merged, ConfigKey.MAX_BODY_BYTES, 1, Integer.MAX_VALUE),
                (int) integer(merged, ConfigKey.DLQ_VALUE_PREFIX_BYTES, 0, 16 * 1024 * 1024),
                Duration.ofHours(integer(merged, ConfigKey.DEDUP_RETENTION_HOURS, 1, 24L * 365 * 10)),
                threshold,
                new NewsConfig.DedupReorder(Duration.ofMillis(integer(merged, ConfigKey.DEDUP_REORDER_MS, 0, 60_000)),
                        Duration.ofMillis(integer(merged, ConfigKey.DEDUP_LAG_MS, 1, 3_600_000)),
                        Duration.ofMillis(integer(merged, ConfigKey.DEDUP_IDLE_MS, 1, 3_600_000)),
                        Duration.ofMillis(integer(merged, ConfigKey.DEDUP_MAX_HOLD_MS, 1, 86_400_000))),
                Duration.ofSeconds(integer(merged, ConfigKey.STATS_INTERVAL_SECONDS, 1, 3600)),
                kafka,
                (int) integer(merged, ConfigKey.HTTP_PORT, 0, 65535),
                merged.get(ConfigKey.SCHEMA_REGISTRY_URL.key).isBlank() ? null : merged.get(ConfigKey.SCHEMA_REGISTRY_URL.key).strip());
    }

    private static String name(Map<String, String> m, ConfigKey key) {
        String value = m.get(key.key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(key.key + " must not be empty");
        }
        return value.strip();
    }

    private static long integer(Map<String, String> m, ConfigKey key, long min, long max) {
        try {
            long value = Long.parseLong(m.get(key.key).strip());
            if (value < min || value > max) {
                throw new ConfigException(key.key + " must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(key.key + " must be a whole number, not '" + m.get(key.key) + "'");
        }
    }

    private static double decimal(Map<String, String> m, ConfigKey key) {
        try {
            return Double.parseDouble(m.get(key.key).strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key.key + " must be a number, not '" + m.get(key.key) + "'");
        }
    }
}
