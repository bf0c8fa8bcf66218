package dev.newsstream.cli;

import dev.newsstream.avro.DeadLetter;
import dev.newsstream.avro.DuplicateArticle;
import dev.newsstream.avro.EnrichedArticle;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.WireFormat;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "demo", description = "Embedded broker + pipeline + the bundled samples: prints what came out, then exits.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Articles to use instead of the bundled samples.")
    List<Path> paths;

    @Option(names = "--timeout-seconds", description = "Give up waiting for outputs after this long (default 180).")
    long timeoutSeconds = 180;

    @Override
    public Integer call() throws Exception {
        NewsConfig config = options.load(Main.ENVIRONMENT);
        if (options.dataDir == null) {
            config = config.withDataDir(Files.createTempDirectory("newsstream-demo"));
        }
        if (config.embedded() && !options.settings.containsKey("embedded.port")) {
            config = config.withEmbeddedPort(0); // never clash with a running `run`
        }
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Main.samplesDir()) : paths;
        PrintStream out = System.out;
        try (PipelineService service = PipelineService.start(config)) {
            if (!service.awaitRunning(Duration.ofSeconds(120))) {
                System.err.println("newsstream: the pipeline did not start");
                return 1;
            }
            List<String> ids = ProduceCommand.produce(config, service.bootstrapServers(), inputs, false);
            out.printf("produced %d articles from %s to %s%n%n", ids.size(), inputs, config.topics().raw());
            return report(config, service.bootstrapServers(), new LinkedHashSet<>(ids), out);
        }
    }

    private int report(NewsConfig config, String bootstrap, Set<String> expected, PrintStream out) {
        WireFormat wire = WireFormat.of(config);
        NewsConfig.Topics t = config.topics();
        var props = ClientSettings.consumer(config, bootstrap, "newsstream-demo-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, String> outcome = new HashMap<>();
        Map<String, Integer> fanOut = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(t.enriched(), t.duplicates(), t.dlq(), t.entities(), t.quotes()));
            while (!outcome.keySet().containsAll(expected) && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.topic().equals(t.enriched())) {
                        EnrichedArticle a = wire.enriched.decode(r.value());
                        outcome.put(a.getId(), "enriched");
                        out.printf("ENRICHED  %s  \"%s\"  %d words, %d entities, %d quotes%n", a.getId(),
                                a.getTitle(), a.getWordCount(), a.getEntities().size(), a.getQuotes().size());
                        String top = a.getEntities().stream().limit(5)
                                .map(e -> e.getName() + " (" + e.getType() + ")").collect(Collectors.joining(", "));
                        out.printf("          entities: %s%n", top.isEmpty() ? "-" : top);
                        a.getQuotes().stream().limit(2).forEach(q -> out.printf("          quote: “%s” — %s%n",
                                abbreviate(q.getText()), q.getSpeaker() == null ? "(unattributed)" : q.getSpeaker()));
                    } else if (r.topic().equals(t.duplicates())) {
                        DuplicateArticle d = wire.duplicate.decode(r.value());
                        outcome.put(d.getId(), "duplicate");
                        out.printf("DUPLICATE %s  duplicateOf=%s  method=%s similarity=%.2f%n", d.getId(),
                                d.getDuplicateOf(), d.getMethod(), d.getSimilarity());
                    } else if (r.topic().equals(t.dlq())) {
                        DeadLetter d = wire.deadLetter.decode(r.value());
                        outcome.put(d.getArticleId() != null ? d.getArticleId() : r.key(), "dlq");
                        out.printf("DLQ       %s  reason=%s stage=%s: %s%n", d.getArticleId(), d.getReason(),
                                d.getStage(), d.getError());
                    } else {
                        fanOut.merge(r.topic(), 1, Integer::sum);
                    }
                }
            }
        }
        // fan-out records of the last article may trail its enriched record by one poll
        Map<String, Long> tally = outcome.values().stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        out.printf("%ninputs=%d enriched=%d duplicates=%d dlq=%d entity_records=%d quote_records=%d%n", expected.size(),
                tally.getOrDefault("enriched", 0L), tally.getOrDefault("duplicate", 0L), tally.getOrDefault("dlq", 0L),
                fanOut.getOrDefault(t.entities(), 0), fanOut.getOrDefault(t.quotes(), 0));
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(outcome.keySet());
        if (!missing.isEmpty()) {
            System.err.println("newsstream: no output within " + timeoutSeconds + " s for " + missing);
            return 1;
        }
        return 0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }

}
