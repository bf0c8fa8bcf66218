package dev.newsstream.kafka;

import dev.newsstream.config.NewsConfig;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka client settings for every client newsstream makes. The {@code kafka.*} passthrough
 * settings (security, timeouts) are applied last, so operators can override anything.
 */
public final class ClientSettings {
    /** Largest record any newsstream topic accepts: a 2 MB body plus its enrichment. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private ClientSettings() {}

    public static Properties streams(NewsConfig config, String bootstrap) {
        Properties p = base(bootstrap);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.dataDir().resolve("streams").toAbsolutePath().toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        p.put(StreamsConfig.topicPrefix("max.message.bytes"), String.valueOf(MAX_MESSAGE_BYTES));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_MESSAGE_BYTES);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 100);
        // Broker outages: Kafka Streams' own timeouts already ride out a broker that is away for
        // tens of seconds (BrokerRestartIT: 30 s, mid-batch), so none is changed here. Its producer
        // never expires a send (delivery.timeout.ms is unbounded under exactly-once), a task retries
        // for task.timeout.ms (5 min) before its thread fails, and a commit blocks for max.block.ms
        // (60 s) before the task is re-initialised from its changelog. transaction.timeout.ms stays at
        // Streams' 10 s: longer would let a crashed instance's open transaction hold back every
        // read_committed consumer for that long; a transaction the broker aborts during an outage
        // only fences the producer, and Streams re-joins and redoes the work.
        config.kafka().forEach(p::put);
        return p;
    }

    public static Properties producer(NewsConfig config, String bootstrap) {
        Properties p = base(bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_MESSAGE_BYTES);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.kafka().forEach(p::put);
        return p;
    }

    public static Properties consumer(NewsConfig config, String bootstrap, String group) {
        Properties p = base(bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.kafka().forEach(p::put);
        return p;
    }

    public static Properties admin(NewsConfig config, String bootstrap) {
        Properties p = base(bootstrap);
        config.kafka().forEach(p::put);
        return p;
    }

    private static Properties base(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }
}
