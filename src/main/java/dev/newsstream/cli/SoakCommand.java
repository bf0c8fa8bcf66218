package dev.newsstream.cli;

import dev.newsstream.benchmark.SoakInputs;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.TopicAdmin;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.topology.InProcessPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "soak", description = "Crash soak: embedded broker, generated articles with duplicates and bad inputs, "
        + "the pipeline as a separate process killed with SIGKILL and restarted; checks nothing is lost or duplicated.")
final class SoakCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--articles", description = "Inputs to generate (default 1000).")
    int articles = 1000;

    @Option(names = "--kills", description = "Times to SIGKILL the pipeline process (default 3).")
    int kills = 3;

    @Option(names = "--seed", description = "Seed of the inputs and of the kill moments (default 1).")
    long seed = 1;

    @Option(names = "--heap", description = "Heap of the pipeline process (default 2g).")
    String heap = "2g";

    @Option(names = "--stall-seconds", description = "Fail when no new output appears for this long (default 300).")
    long stallSeconds = 300;

    @Override
    public Integer call() throws Exception {
        NewsConfig base = options.load(Main.ENVIRONMENT);
        Path dir = options.dataDir != null ? options.dataDir : Files.createTempDirectory("newsstream-soak");
        Files.createDirectories(dir);
        WireFormat wire = WireFormat.of(base);
        List<SoakInputs.Input> inputs = SoakInputs.generate(Main.samplesDir(), articles, base.partitions(), seed, wire);
        List<String> keys = inputs.stream().map(SoakInputs.Input::key).toList();
        System.err.printf("soak in %s: %d inputs on %d partitions, %d kills%n", dir, inputs.size(), base.partitions(), kills);

        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0)) {
            String bootstrap = broker.bootstrapServers();
            NewsConfig config = base.withBootstrapServers(bootstrap).withDataDir(dir.resolve("pipeline"));
            TopicAdmin.ensureTopics(config, bootstrap);
            preload(config, bootstrap, inputs);
            PipelineProcess pipeline = new PipelineProcess(runArguments(bootstrap, dir.resolve("pipeline")), heap, dir);
            long start = System.nanoTime();
            int unexpectedExits = crashAndRecover(pipeline, config, bootstrap, wire, keys.size());
            double seconds = (System.nanoTime() - start) / 1e9;

            OutputTally tally = OutputTally.readAll(config, bootstrap, wire);
            int lost = 0;
            int duplicated = 0;
            for (String key : keys) {
                int n = tally.outputsOf(key);
                lost += n == 0 ? 1 : 0;
                duplicated += n > 1 ? 1 : 0;
            }
            System.err.println("crash-free reference pass over the same inputs...");
            List<byte[]> values = inputs.stream().map(SoakInputs.Input::value).toList();
            Map<String, String> reference = InProcessPipeline.duplicateDecisions(base, keys, values);
            Set<Set<String>> groups = groups(tally.duplicateOf());
            Set<Set<String>> referenceGroups = groups(reference);
            long sameOriginal = tally.duplicateOf().entrySet().stream()
                    .filter(e -> e.getValue().equals(reference.get(e.getKey()))).count();
            boolean sameDecisions = groups.equals(referenceGroups);
            NewsConfig.Topics t = config.topics();
            System.out.printf(java.util.Locale.ROOT, "kills=%d restarts=%d unexpected_exits=%d seconds=%.0f logs=%s%n",
                    kills, pipeline.starts() - 1, unexpectedExits, seconds, dir);
            System.out.printf("decisions: duplicate_groups=%d reference_groups=%d same_groups=%s same_original=%d/%d%n",
                    groups.size(), referenceGroups.size(), sameDecisions, sameOriginal, tally.duplicateOf().size());
            if (!sameDecisions) {
                System.out.println("groups only in this run: " + difference(groups, referenceGroups));
                System.out.println("groups only in the reference: " + difference(referenceGroups, groups));
            }
            System.out.printf("inputs=%d enriched=%d duplicates=%d dlq=%d lost=%d duplicated=%d%n", keys.size(),
                    tally.records(t.enriched()), tally.records(t.duplicates()), tally.records(t.dlq()), lost, duplicated);
            return lost == 0 && duplicated == 0 && sameDecisions ? 0 : 1;
        }
    }

    /** Sends every input and waits for each acknowledgement: an input the broker refused would be "lost". */
    private static void preload(NewsConfig config, String bootstrap, List<SoakInputs.Input> inputs) throws Exception {
        List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> acks = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(config, bootstrap))) {
            for (SoakInputs.Input in : inputs) {
                acks.add(producer.send(new ProducerRecord<>(config.topics().raw(), in.partition(), in.key(), in.value())));
            }
            producer.flush();
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("the broker refused input " + inputs.get(i).key() + ": " + e.getCause(), e);
                }
            }
        }
    }

    /**
     * Runs the pipeline process, SIGKILLs it each time the committed output passes one of
     * {@code kills} random marks (after a further random delay, so kills land mid-transaction),
     * restarts it, and returns once every input has come out; returns how often it died unasked.
     */
    private int crashAndRecover(PipelineProcess pipeline, NewsConfig config, String bootstrap, WireFormat wire,
                                int inputs) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        int[] marks = random.ints(kills, Math.max(1, inputs / 20), Math.max(2, inputs * 19 / 20)).sorted().toArray();
        System.err.println("kill marks (outputs seen): " + Arrays.toString(marks));
        var props = ClientSettings.consumer(config, bootstrap, "newsstream-soak-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        OutputTally progress = new OutputTally(config.topics(), wire);
        int nextKill = 0;
        int unexpectedExits = 0;
        long lastProgress = System.nanoTime();
        int lastSeen = 0;
        pipeline.start();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(OutputTally.terminalTopics(config.topics()));
            while (nextKill < marks.length || progress.distinctKeys() < inputs) {
                consumer.poll(Duration.ofMillis(200)).forEach(progress::add);
                if (progress.distinctKeys() > lastSeen) {
                    lastSeen = progress.distinctKeys();
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(stallSeconds).toNanos()) {
                    throw new IllegalStateException("no new output for " + stallSeconds + " s with " + lastSeen + " of "
                            + inputs + " inputs out; pipeline logs in " + config.dataDir().getParent());
                }
                if (nextKill < marks.length && lastSeen >= marks[nextKill]) {
                    Thread.sleep(random.nextInt(1500));
                    pipeline.kill();
                    System.err.printf("SIGKILL %d of %d at %d outputs; restarting%n", nextKill + 1, marks.length, lastSeen);
                    nextKill++;
                    Thread.sleep(random.nextInt(2000));
                    pipeline.start();
                } else if (!pipeline.alive()) {
                    unexpectedExits++;
                    System.err.println("the pipeline process exited on its own; restarting it");
                    pipeline.start();
                }
            }
        } finally {
            pipeline.stop(60);
        }
        return unexpectedExits;
    }

    private List<String> runArguments(String bootstrap, Path dataDir) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", bootstrap, "--data-dir", dataDir.toString(),
                // a killed member's partitions wait for its session to expire: 10 s instead of 45 s
                // keeps the soak short; --set kafka.session.timeout.ms=... overrides it
                "--set", "kafka.session.timeout.ms=10000"));
        if (options.configFile != null) {
            args.addAll(List.of("--config", options.configFile.toString()));
        }
        options.settings.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
        return args;
    }

    private static List<Set<String>> difference(Set<Set<String>> a, Set<Set<String>> b) {
        return a.stream().filter(g -> !b.contains(g)).limit(10).toList();
    }

    /** Copies of one story as sets of ids, from duplicate-to-original links. */
    static Set<Set<String>> groups(Map<String, String> duplicateOf) {
        Map<String, Set<String>> byOriginal = new HashMap<>();
        duplicateOf.forEach((duplicate, original) -> {
            Set<String> group = byOriginal.computeIfAbsent(original, o -> new HashSet<>(Set.of(o)));
            group.add(duplicate);
        });
        return new HashSet<>(byOriginal.values());
    }
}
