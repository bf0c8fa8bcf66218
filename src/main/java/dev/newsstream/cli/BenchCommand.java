package dev.newsstream.cli;

import dev.newsstream.avro.RawArticle;
import dev.newsstream.benchmark.ArticleGenerator;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.topology.InProcessPipeline;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "End-to-end benchmark: embedded broker, generated articles, the full pipeline "
        + "with exactly-once, then the same stages in-process for the ratio.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--articles", description = "Articles to generate (default 3000).")
    int articles = 3000;

    @Option(names = "--rate", description = "Offer this many articles per second instead of a preload.")
    double rate = 0;

    @Option(names = "--seed", description = "Generator seed (default 1).")
    long seed = 1;

    @Option(names = "--warmup", description = "Articles run through each path before measuring (default 400).")
    int warmup = 400;

    @Option(names = "--timeout-seconds", description = "Give up after this long (default 1800).")
    long timeoutSeconds = 1800;

    @Override
    public Integer call() throws Exception {
        NewsConfig base = options.load(Main.ENVIRONMENT);
        Path dir = Files.createTempDirectory("newsstream-bench");
        WireFormat wire = WireFormat.of(base);
        ArticleGenerator generator = new ArticleGenerator(Main.samplesDir(), seed);
        List<String> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            ArticleGenerator.Generated g = generator.next();
            keys.add(g.id());
            values.add(encode(wire, g.id(), g, "bench.example"));
            bytes += g.body().length();
        }
        System.err.printf("generated %d articles, %.1f KB on average%n", articles, bytes / 1024.0 / articles);

        // warm the JIT and the NER model on other articles first, so that both runs are measured warm
        ArticleGenerator warmupGenerator = new ArticleGenerator(Main.samplesDir(), seed + 1);
        List<String> warmKeys = new ArrayList<>();
        List<byte[]> warmValues = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            ArticleGenerator.Generated g = warmupGenerator.next();
            warmKeys.add("warm-" + g.id());
            warmValues.add(encode(wire, "warm-" + g.id(), g, "warmup.example"));
        }
        System.err.println("warming up in-process...");
        new InProcessPipeline(base).run(warmKeys, warmValues, base.streamThreads());

        HeapWatch heap = new HeapWatch();
        double kafkaSeconds;
        List<Long> latencies;
        Map<String, Long> stageMillis;
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0)) {
            NewsConfig config = base.withBootstrapServers(broker.bootstrapServers()).withDataDir(dir);
            Run run = new Run(config, wire, keys, values);
            kafkaSeconds = run.execute(warmKeys, warmValues);
            latencies = run.latencies;
            stageMillis = run.stageMillis;
        }
        System.err.println("in-process run of the same stages...");
        double inProcessSeconds = new InProcessPipeline(base).run(keys, values, base.streamThreads());
        heap.stop();

        double throughput = articles / kafkaSeconds;
        double inProcess = articles / inProcessSeconds;
        long total = stageMillis.values().stream().mapToLong(Long::longValue).sum();
        stageMillis.forEach((stage, ms) -> System.out.printf(Locale.ROOT, "stage %-16s %5.1f%%%n", stage,
                total == 0 ? 0.0 : 100.0 * ms / total));
        System.out.printf(Locale.ROOT, "articles=%d throughput_aps=%.1f inprocess_aps=%.1f ratio=%.3f p50_ms=%d p99_ms=%d heap_mb=%d%n",
                articles, throughput, inProcess, throughput / inProcess, percentile(latencies, 50),
                percentile(latencies, 99), heap.peakMb());
        return 0;
    }

    /** One pipeline run on the broker: a preload or a paced offer, then read until all are out. */
    private final class Run {
        final NewsConfig config;
        final WireFormat wire;
        final List<String> keys;
        final List<byte[]> values;
        final List<Long> latencies = new ArrayList<>();
        Map<String, Long> stageMillis = Map.of();

        Run(NewsConfig config, WireFormat wire, List<String> keys, List<byte[]> values) {
            this.config = config;
            this.wire = wire;
            this.keys = keys;
            this.values = values;
        }

        /**
         * Starts the pipeline, runs the warm-up articles through it (JIT, NER model, transactions),
         * then offers the measured articles: all at once (preload) or paced at {@code --rate}.
         */
        double execute(List<String> warmKeys, List<byte[]> warmValues) throws Exception {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(config, config.bootstrapServers()));
                 PipelineService service = PipelineService.start(config)) {
                if (!service.awaitRunning(Duration.ofSeconds(120))) {
                    throw new IllegalStateException("the pipeline did not start");
                }
                System.err.println("warming up the pipeline on the broker...");
                for (int i = 0; i < warmKeys.size(); i++) {
                    producer.send(new ProducerRecord<>(config.topics().raw(), warmKeys.get(i), warmValues.get(i)));
                }
                producer.flush();
                awaitAll(warmKeys, System.nanoTime(), null);
                Map<String, Long> before = service.stats().stageMillis();
                System.err.println("measuring...");
                long start = System.nanoTime();
                ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
                if (rate > 0) {
                    AtomicLong next = new AtomicLong();
                    pacer.scheduleAtFixedRate(() -> {
                        int i = (int) next.getAndIncrement();
                        if (i < keys.size()) {
                            producer.send(new ProducerRecord<>(config.topics().raw(), keys.get(i), values.get(i)));
                        }
                    }, 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);
                } else {
                    for (int i = 0; i < keys.size(); i++) {
                        producer.send(new ProducerRecord<>(config.topics().raw(), keys.get(i), values.get(i)));
                    }
                    producer.flush();
                }
                long last = awaitAll(keys, start, latencies);
                pacer.shutdownNow();
                Map<String, Long> after = new java.util.TreeMap<>(service.stats().stageMillis());
                after.replaceAll((stage, ms) -> ms - before.getOrDefault(stage, 0L));
                stageMillis = after;
                return (last - start) / 1e9;
            }
        }

        /** Reads the three terminal topics until every id is out; returns the nano time of the last. */
        private long awaitAll(List<String> ids, long start, List<Long> latencies) {
            Set<String> expected = new HashSet<>(ids);
            Set<String> seen = new HashSet<>();
            long last = start;
            var props = ClientSettings.consumer(config, config.bootstrapServers(), "bench-" + UUID.randomUUID());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            NewsConfig.Topics t = config.topics();
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(OutputTally.terminalTopics(t));
                while (!seen.containsAll(expected)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("timed out with " + seen.size() + " of " + expected.size() + " out");
                    }
                    for (var r : consumer.poll(Duration.ofMillis(200))) {
                        long now = System.nanoTime();
                        String id = OutputTally.inputKey(r, t, wire);
                        if (id != null && expected.contains(id) && seen.add(id)) {
                            last = now;
                            if (latencies != null && r.topic().equals(t.enriched())) {
                                latencies.add(System.currentTimeMillis() - r.timestamp());
                            }
                        }
                    }
                }
            }
            return last;
        }
    }

    private static byte[] encode(WireFormat wire, String id, ArticleGenerator.Generated g, String source) {
        return wire.raw.encode(RawArticle.newBuilder().setId(id).setBody(g.body()).setSource(source)
                .setMetadata(new HashMap<>())
                .setContentType(dev.newsstream.avro.ContentType.valueOf(g.type().name())).build());
    }

    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Samples the used heap every 100 ms; reports the peak. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-watch");
            t.setDaemon(true);
            return t;
        });

        HeapWatch() {
            var memory = ManagementFactory.getMemoryMXBean();
            timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 100, TimeUnit.MILLISECONDS);
        }

        void stop() {
            timer.shutdownNow();
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }
    }
}
