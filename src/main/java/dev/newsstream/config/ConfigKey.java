package dev.newsstream.config;

import java.util.Arrays;
import java.util.Optional;

/** The recognised configuration keys with their defaults and meaning (the README table mirrors this). */
public enum ConfigKey {
    BOOTSTRAP_SERVERS("bootstrap.servers", "", "Kafka cluster; empty starts an embedded single-node KRaft broker"),
    APPLICATION_ID("application.id", "newsstream", "Kafka Streams application id (consumer group, state and internal topic prefix)"),
    DATA_DIR("data.dir", "data", "Directory for Kafka Streams state and the embedded broker's log"),
    EMBEDDED_PORT("embedded.port", "9092", "Port of the embedded broker's client listener (0 picks a free one)"),
    TOPIC_RAW("topic.raw", "news.articles.raw", "Input topic"),
    TOPIC_ENRICHED("topic.enriched", "news.articles.enriched", "Enriched articles"),
    TOPIC_DUPLICATES("topic.duplicates", "news.articles.duplicates", "Duplicate notices"),
    TOPIC_DLQ("topic.dlq", "news.articles.dlq", "Dead letters"),
    TOPIC_ENTITIES("topic.entities", "news.entities", "One record per entity per article"),
    TOPIC_QUOTES("topic.quotes", "news.quotes", "One record per quote"),
    PARTITIONS("topic.partitions", "4", "Partitions of the topics created at start"),
    REPLICATION_FACTOR("topic.replication.factor", "1", "Replication factor of the topics created at start"),
    STREAM_THREADS("stream.threads", "2", "Kafka Streams threads in this instance"),
    MAX_BODY_BYTES("max.body.bytes", "2097152", "Largest accepted body in UTF-8 bytes; larger goes to the DLQ"),
    DLQ_VALUE_PREFIX_BYTES("dlq.value.prefix.bytes", "65536", "Bytes of the original value kept in a dead letter"),
    DEDUP_RETENTION_HOURS("dedup.retention.hours", "168", "How long an article is remembered for duplicate detection"),
    DEDUP_NEAR_THRESHOLD("dedup.near.threshold", "0.5", "Estimated shingle Jaccard at which an article is a near duplicate"),
    DEDUP_REORDER_MS("dedup.reorder.ms", "250", "How long dedup holds an article so that copies written close together are ordered by publishedAt"),
    DEDUP_LAG_MS("dedup.lag.ms", "2000", "An intake partition whose records reach dedup later than this after they were written is behind, and dedup waits for it"),
    DEDUP_IDLE_MS("dedup.idle.ms", "3000", "How long dedup waits for an intake partition it has not heard from"),
    DEDUP_MAX_HOLD_MS("dedup.max.hold.ms", "60000", "The longest dedup holds any article, whatever partitions it waits for"),
    STATS_INTERVAL_SECONDS("stats.interval.seconds", "5", "How often `run` logs per-stage counts and rates"),
    HTTP_PORT("http.port", "0", "Port of the /health and /metrics endpoints of `run`; 0 serves none"),
    SCHEMA_REGISTRY_URL("schema.registry.url", "", "Schema registry (Apicurio or Confluent-compatible API); empty keeps Avro single-object encoding");

    /** Keys under this prefix are passed to every Kafka client without the prefix. */
    public static final String KAFKA_PREFIX = "kafka.";

    public final String key;
    public final String defaultValue;
    public final String description;

    ConfigKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public static Optional<ConfigKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
