package dev.newsstream.cli;

import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.WireFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What the terminal topics (enriched, duplicates, dlq) hold, by input key, as a
 * {@code read_committed} consumer sees it: how often each input came out and where, and which
 * original each duplicate points to.
 */
final class OutputTally {
    private final NewsConfig.Topics topics;
    private final WireFormat wire;
    private final Map<String, Integer> outputsPerKey = new HashMap<>();
    private final Map<String, Integer> perTopic = new HashMap<>();
    private final Map<String, String> duplicateOf = new HashMap<>();

    OutputTally(NewsConfig.Topics topics, WireFormat wire) {
        this.topics = topics;
        this.wire = wire;
    }

    /** Reads the three topics from the beginning up to their last committed offsets. */
    static OutputTally readAll(NewsConfig config, String bootstrap, WireFormat wire) {
        OutputTally tally = new OutputTally(config.topics(), wire);
        var props = ClientSettings.consumer(config, bootstrap, "newsstream-tally-" + UUID.randomUUID());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : terminalTopics(config.topics())) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(tally::add);
            }
        }
        return tally;
    }

    static List<String> terminalTopics(NewsConfig.Topics t) {
        return List.of(t.enriched(), t.duplicates(), t.dlq());
    }

    void add(ConsumerRecord<String, byte[]> record) {
        if (record.topic().equals(topics.duplicates())) {
            DuplicateArticle duplicate = wire.duplicate.decode(record.value());
            duplicateOf.put(duplicate.getId(), duplicate.getDuplicateOf());
        }
        outputsPerKey.merge(String.valueOf(inputKey(record, topics, wire)), 1, Integer::sum);
        perTopic.merge(record.topic(), 1, Integer::sum);
    }

    /**
     * The key of the input a terminal record answers: its own key, except that a dead letter
     * carries the input's original key (the input may have had no readable id).
     */
    static String inputKey(ConsumerRecord<String, byte[]> record, NewsConfig.Topics topics, WireFormat wire) {
        if (!record.topic().equals(topics.dlq())) {
            return record.key();
        }
        DeadLetter dead = wire.deadLetter.decode(record.value());
        return dead.getOriginalKey() != null
                ? StandardCharsets.UTF_8.decode(dead.getOriginalKey().duplicate()).toString()
                : dead.getArticleId();
    }

    /** Inputs that came out at least once. */
    int distinctKeys() {
        return outputsPerKey.size();
    }

    int outputsOf(String key) {
        return outputsPerKey.getOrDefault(key, 0);
    }

    int records(String topic) {
        return perTopic.getOrDefault(topic, 0);
    }

    Map<String, String> duplicateOf() {
        return duplicateOf;
    }
}
