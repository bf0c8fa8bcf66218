package dev.newsstream.cli;

import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.InputFiles;
import dev.newsstream.kafka.WireFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "produce", description = "Push .txt, .html, .json and .jsonl articles to the raw topic, with progress.")
final class ProduceCommand implements Callable<Integer> {
    static final String DEFAULT_BOOTSTRAP = "localhost:9092";

    /** The cluster a client command talks to: the configured one, else where `run` serves. */
    static String clientBootstrap(NewsConfig config) {
        return config.embedded() ? DEFAULT_BOOTSTRAP : config.bootstrapServers();
    }

    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        NewsConfig config = options.load(Main.ENVIRONMENT);
        String bootstrap = clientBootstrap(config);
        List<String> ids = produce(config, bootstrap, paths, true);
        System.err.printf("produced %d articles to %s on %s%n", ids.size(), config.topics().raw(), bootstrap);
        return 0;
    }

    /** Sends every article; returns the keys sent, in order. */
    static List<String> produce(NewsConfig config, String bootstrap, List<Path> paths, boolean progress) throws Exception {
        WireFormat wire = WireFormat.of(config);
        List<InputFiles.Input> inputs = new ArrayList<>();
        for (Path file : InputFiles.expand(paths)) {
            inputs.addAll(InputFiles.read(file, wire));
        }
        List<String> keys = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(config, bootstrap))) {
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                InputFiles.Input in = inputs.get(i);
                pending.add(producer.send(new ProducerRecord<>(config.topics().raw(), in.key(), in.value())));
                keys.add(in.key());
                if (progress && ((i + 1) % 100 == 0 || i + 1 == inputs.size())) {
                    System.err.printf("  %d/%d (%d%%) %s%n", i + 1, inputs.size(), (i + 1) * 100 / inputs.size(), in.file());
                }
            }
            producer.flush();
            for (var f : pending) {
                f.get();
            }
        }
        return keys;
    }
}
