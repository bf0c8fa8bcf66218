package dev.newsstream.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.AvroJson;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.WireFormat;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "consume", description = "Print records of a topic as JSON lines (read_committed).")
final class ConsumeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConfigOptions options;

    @Option(names = "--topic", description = "Topic to read (default: the enriched topic).")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the earliest offset instead of the end.")
    boolean fromBeginning;

    @Option(names = "--max-records", description = "Stop after this many records.")
    long maxRecords = Long.MAX_VALUE;

    @Option(names = "--idle-timeout-seconds", description = "Stop after this long without a record (default: never).")
    long idleSeconds = 0;

    @Override
    public Integer call() {
        NewsConfig config = options.load(Main.ENVIRONMENT);
        String bootstrap = ProduceCommand.clientBootstrap(config);
        String name = topic == null ? config.topics().enriched() : topic;
        WireFormat wire = WireFormat.of(config);
        var props = ClientSettings.consumer(config, bootstrap, "newsstream-consume-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        long seen = 0;
        long lastRecord = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(name));
            while (seen < maxRecords) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> r : records) {
                    System.out.println(toJson(r, wire));
                    lastRecord = System.nanoTime();
                    if (++seen >= maxRecords) {
                        break;
                    }
                }
                System.out.flush();
                if (idleSeconds > 0 && System.nanoTime() - lastRecord > idleSeconds * 1_000_000_000L) {
                    break;
                }
            }
        }
        return 0;
    }

    static String toJson(ConsumerRecord<String, byte[]> r, WireFormat wire) {
        ObjectNode line = JSON.createObjectNode();
        line.put("topic", r.topic());
        line.put("partition", r.partition());
        line.put("offset", r.offset());
        line.put("key", r.key());
        try {
            line.set("value", r.value() == null ? null : AvroJson.toJson(wire.decodeAny(r.value())));
        } catch (RuntimeException notOurs) {
            line.put("value", "<" + r.value().length + " bytes, not a newsstream record: " + notOurs.getMessage() + ">");
        }
        return line.toString();
    }
}
