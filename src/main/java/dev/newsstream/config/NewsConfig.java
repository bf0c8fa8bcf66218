package dev.newsstream.config;

import dev.newsstream.dedup.DedupConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Every setting of newsstream, typed, built once by {@link ConfigLoader} from defaults, a
 * properties file, the environment and flags (later wins). Keys are listed in {@link ConfigKey}.
 *
 * @param bootstrapServers the cluster to use; null starts an embedded broker
 * @param kafka client settings passed through to every Kafka client (security, timeouts)
 * @param httpPort port of /health and /metrics; 0 when they are not served
 * @param schemaRegistryUrl registry for the Confluent wire format; null for single-object encoding
 */
public record NewsConfig(
        String bootstrapServers,
        String applicationId,
        Path dataDir,
        int embeddedPort,
        Topics topics,
        int partitions,
        short replicationFactor,
        int streamThreads,
        long maxBodyBytes,
        int dlqValuePrefixBytes,
        Duration dedupRetention,
        double dedupNearThreshold,
        DedupReorder dedupReorder,
        Duration statsInterval,
        Map<String, String> kafka,
        int httpPort,
        String schemaRegistryUrl) {

    public NewsConfig {
        kafka = Map.copyOf(kafka);
    }

    /**
     * How dedup orders copies: {@code window}, how long copies written close together wait to be
     * ordered by publishedAt (zero: decide on arrival); {@code lag}, how late an intake
     * partition's records must reach dedup for it to count as behind and hold the others back;
     * {@code idle}, how long a partition that is not heard from is waited for; {@code maxHold},
     * the longest any article is held.
     */
    public record DedupReorder(Duration window, Duration lag, Duration idle, Duration maxHold) {}

    /** Topic names; every one configurable. */
    public record Topics(String raw, String enriched, String duplicates, String dlq, String entities, String quotes) {}

    /**
     * Every setting as the record would print it, except the client settings, which may hold
     * passwords and JAAS configs: only their names are printed.
     */
    @Override
    public String toString() {
        java.util.StringJoiner out = new java.util.StringJoiner(", ", "NewsConfig[", "]");
        for (java.lang.reflect.RecordComponent c : NewsConfig.class.getRecordComponents()) {
            Object value;
            try {
                value = c.getName().equals("kafka")
                        ? new java.util.TreeSet<>(kafka.keySet()) + " (values hidden)"
                        : c.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            out.add(c.getName() + "=" + value);
        }
        return out.toString();
    }

    public boolean embedded() {
        return bootstrapServers == null || bootstrapServers.isBlank();
    }

    public DedupConfig dedup() {
        DedupConfig defaults = DedupConfig.defaults();
        return new DedupConfig(dedupRetention, dedupNearThreshold, defaults.minShingles(), defaults.maxBucketSize());
    }

    public boolean registryMode() {
        return schemaRegistryUrl != null && !schemaRegistryUrl.isBlank();
    }

    public NewsConfig withBootstrapServers(String servers) {
        return new NewsConfig(servers, applicationId, dataDir, embeddedPort, topics, partitions, replicationFactor,
                streamThreads, maxBodyBytes, dlqValuePrefixBytes, dedupRetention, dedupNearThreshold, dedupReorder, statsInterval, kafka, httpPort, schemaRegistryUrl);
    }

    public NewsConfig withDataDir(Path dir) {
        return new NewsConfig(bootstrapServers, applicationId, dir, embeddedPort, topics, partitions, replicationFactor,
                streamThreads, maxBodyBytes, dlqValuePrefixBytes, dedupRetention, dedupNearThreshold, dedupReorder, statsInterval, kafka, httpPort, schemaRegistryUrl);
    }

    public NewsConfig withEmbeddedPort(int port) {
        return new NewsConfig(bootstrapServers, applicationId, dataDir, port, topics, partitions, replicationFactor,
                streamThreads, maxBodyBytes, dlqValuePrefixBytes, dedupRetention, dedupNearThreshold, dedupReorder, statsInterval, kafka, httpPort, schemaRegistryUrl);
    }

    /** The configuration with nothing but defaults. */
    public static NewsConfig defaults() {
        return ConfigLoader.load(Map.of(), Map.of(), Map.of());
    }
}
