package dev.newsstream.cli;

import dev.newsstream.avro.DeadLetter;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.WireFormat;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay-dlq", description = "Re-drive dead letters to the raw topic (after a fix), from the start of the DLQ to its current end.")
public final class ReplayDlqCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--reason", description = "Only dead letters with this reason (e.g. STAGE_ERROR).")
    String reason;

    @Option(names = "--dry-run", description = "Count what would be replayed; send nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        NewsConfig config = options.load(Main.ENVIRONMENT);
        String bootstrap = ProduceCommand.clientBootstrap(config);
        Counts counts = replay(config, bootstrap, reason, dryRun);
        System.err.printf("%s %d dead letters to %s; %d not replayable (value truncated or missing); %d filtered out%n",
                dryRun ? "would replay" : "replayed", counts.replayed(), config.topics().raw(), counts.truncated(),
                counts.skipped());
        return 0;
    }

    /** What a replay did. */
    public record Counts(int replayed, int truncated, int skipped) {}

    /** Re-sends every replayable dead letter now in the DLQ, with its original key and value. */
    public static Counts replay(NewsConfig config, String bootstrap, String reason, boolean dryRun) {
        WireFormat wire = WireFormat.of(config);
        var consumerProps = ClientSettings.consumer(config, bootstrap, "newsstream-replay-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var producerProps = ClientSettings.producer(config, bootstrap);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        int replayed = 0;
        int truncated = 0;
        int skipped = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.topics().dlq()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    DeadLetter d = wire.deadLetter.decode(r.value());
                    if (reason != null && !d.getReason().name().equalsIgnoreCase(reason)) {
                        skipped++;
                    } else if (d.getTruncated() || d.getOriginalValue() == null) {
                        truncated++; // only a prefix was kept: replaying it would make a different input
                    } else {
                        if (!dryRun) {
                            producer.send(new ProducerRecord<>(config.topics().raw(), bytes(d.getOriginalKey()),
                                    bytes(d.getOriginalValue())));
                        }
                        replayed++;
                    }
                }
            }
            producer.flush();
        }
        return new Counts(replayed, truncated, skipped);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
