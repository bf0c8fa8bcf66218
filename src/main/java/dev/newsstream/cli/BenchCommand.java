package dev.newsstream.cli;

import dev.newsstream.avro.RawArticle;
import dev.newsstream.benchmark.ArticleGenerator;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.topology.InProcessPipeline;
import java.lang.management.CompilationMXBean;
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

    @Option(names = "--warmup", description = "Articles per warm-up round (default 500).")
    int warmupRound = 500;

    @Option(names = "--warmup-rounds", description = "Most warm-up rounds per path (default 20); each path "
            + "stops warming up once the JIT compiler was busy for under 5%% of a round.")
    int maxWarmupRounds = 20;

    @Option(names = "--trace", description = "Print each second of the measured phase on the broker: "
            + "the pipeline's counts and how long the stream threads waited on Kafka.")
    boolean trace;

    @Option(names = "--timeout-seconds", description = "Give up after this long (default 1800).")
    long timeoutSeconds = 1800;

    @Override
    public Integer call() throws Exception {
        NewsConfig base = options.load(Main.ENVIRONMENT);
        Path dir = Files.createTempDirectory("newsstream-bench");
        WireFormat wire = WireFormat.of(base);
        // distinct stories: with sample sentences re-used across thousands of articles, a measured
        // article could match a warm-up article in the broker run's dedup store and skip NER there
        Batch measured = new Batches(wire, seed, "").next(articles);
        System.err.printf("generated %d articles, %.1f KB on average%n", articles,
                measured.values.stream().mapToInt(v -> v.length).average().orElse(0) / 1024);
        Batches warmups = new Batches(wire, seed + 1, "warm-");

        InProcessPipeline warmPipeline = new InProcessPipeline(base);
        warmUp("in-process", warmups, batch -> warmPipeline.run(batch.keys, batch.values, base.streamThreads()));

        HeapWatch heap = new HeapWatch();
        Run run;
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), 0)) {
            NewsConfig config = base.withBootstrapServers(broker.bootstrapServers()).withDataDir(dir);
            run = new Run(config, wire, measured);
            run.execute(warmups);
        }
        System.err.println("in-process run of the same stages...");
        JitMeter jit = new JitMeter();
        CpuMeter cpu = new CpuMeter();
        InProcessPipeline.Result inProcess = new InProcessPipeline(base).run(measured.keys, measured.values, base.streamThreads());
        double inProcessJit = jit.share();
        double inProcessCpuMs = cpu.millis() / articles;
        heap.stop();

        double throughput = articles / run.seconds;
        double inProcessRate = articles / inProcess.seconds();
        long total = run.stageMillis.values().stream().mapToLong(Long::longValue).sum();
        run.stageMillis.forEach((stage, ms) -> System.out.printf(Locale.ROOT, "stage %-16s %5.1f%%%n", stage,
                total == 0 ? 0.0 : 100.0 * ms / total));
        System.out.println("kafka cores: " + run.threadCores);
        System.out.println("kafka stream threads: " + run.waits);
        // both paths must have done the same work for the ratio to mean anything; workers= is the CPU
        // of the threads running the stages (stream threads, in-process workers) per article
        System.out.printf(Locale.ROOT, "kafka: enriched=%d duplicates=%d dlq=%d jit=%.1f%% cpu=%.1fms/article workers=%.1fms/article; "
                        + "in-process: enriched=%d duplicates=%d rejected=%d jit=%.1f%% cpu=%.1fms/article workers=%.1fms/article%n",
                run.outcomes.getOrDefault("enriched", 0), run.outcomes.getOrDefault("duplicates", 0),
                run.outcomes.getOrDefault("dlq", 0), 100 * run.jitShare, run.cpuMillis / articles,
                1000 * run.streamThreadSeconds / articles, inProcess.enriched(), inProcess.duplicates(), inProcess.rejected(),
                100 * inProcessJit, inProcessCpuMs, 1000 * inProcess.workerCpuSeconds() / articles);
        System.out.printf(Locale.ROOT, "articles=%d throughput_aps=%.1f inprocess_aps=%.1f ratio=%.3f p50_ms=%d p99_ms=%d heap_mb=%d%n",
                articles, throughput, inProcessRate, throughput / inProcessRate, percentile(run.latencies, 50),
                percentile(run.latencies, 99), heap.peakMb());
        return 0;
    }

    /**
     * Runs rounds of warm-up articles through one path until the JIT compiler was busy for under
     * 5% of a round, or {@code --warmup-rounds} rounds. A fixed short warm-up measured the JIT,
     * not the path: C2 compiles broker and client code for a minute after the stages are hot.
     */
    private void warmUp(String path, Batches source, WarmupStep step) throws Exception {
        for (int round = 1; round <= maxWarmupRounds; round++) {
            JitMeter jit = new JitMeter();
            long start = System.nanoTime();
            step.run(source.next(warmupRound));
            double share = jit.share();
            System.err.printf(Locale.ROOT, "warm-up %s round %d: %d articles in %.1f s, JIT busy %.0f%% of it%n",
                    path, round, warmupRound, (System.nanoTime() - start) / 1e9, 100 * share);
            if (share < 0.05) {
                return;
            }
        }
    }

    private interface WarmupStep {
        void run(Batch batch) throws Exception;
    }

    /** Keys and encoded raw records of generated articles. */
    private record Batch(List<String> keys, List<byte[]> values) {}

    /** Generated articles in batches, ids prefixed so that warm-up and measured articles never clash. */
    private static final class Batches {
        private final WireFormat wire;
        private final ArticleGenerator generator;
        private final String prefix;

        Batches(WireFormat wire, long seed, String prefix) throws java.io.IOException {
            this.wire = wire;
            this.generator = new ArticleGenerator(Main.samplesDir(), seed, 4, true);
            this.prefix = prefix;
        }

        Batch next(int n) {
            List<String> keys = new ArrayList<>();
            List<byte[]> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ArticleGenerator.Generated g = generator.next();
                String id = prefix + g.id();
                keys.add(id);
                values.add(encode(wire, id, g, prefix.isEmpty() ? "bench.example" : "warmup.example"));
            }
            return new Batch(keys, values);
        }
    }

    /** The share of wall time the JIT compiler threads spent compiling since this meter started. */
    private static final class JitMeter {
        private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        private final long compileMillis = compiler.getTotalCompilationTime();
        private final long start = System.nanoTime();

        double share() {
            double wallMillis = (System.nanoTime() - start) / 1e6;
            return wallMillis <= 0 ? 0 : (compiler.getTotalCompilationTime() - compileMillis) / wallMillis;
        }
    }

    /**
     * CPU time of the whole process (every thread: stages, broker, clients, JIT, GC) since this
     * meter started. Steadier than wall time on a shared machine: what the work costs, not how long
     * the machine let it run.
     */
    private static final class CpuMeter {
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final long start = os.getProcessCpuTime();

        double millis() {
            return (os.getProcessCpuTime() - start) / 1e6;
        }
    }

    /** One pipeline run on the broker: warm-up rounds, then a preload or a paced offer, read until all are out. */
    private final class Run {
        final NewsConfig config;
        final WireFormat wire;
        final Batch measured;
        final List<Long> latencies = new ArrayList<>();
        final Map<String, Integer> outcomes = new HashMap<>();
        Map<String, Long> stageMillis = Map.of();
        double seconds;
        double jitShare;
        double cpuMillis;
        double streamThreadSeconds;
        String threadCores = "";
        String waits = "";

        Run(NewsConfig config, WireFormat wire, Batch measured) {
            this.config = config;
            this.wire = wire;
            this.measured = measured;
        }

        /**
         * Starts the pipeline, warms it up (JIT, NER model, transactions), then offers the
         * measured articles: all at once (preload) or paced at {@code --rate}.
         */
        void execute(Batches warmups) throws Exception {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(config, config.bootstrapServers()));
                 PipelineService service = PipelineService.start(config)) {
                if (!service.awaitRunning(Duration.ofSeconds(120))) {
                    throw new IllegalStateException("the pipeline did not start");
                }
                warmUp("on the broker", warmups, batch -> {
                    send(producer, batch, 0, batch.keys.size());
                    producer.flush();
                    // counted like the measured run, so that no harness code is first compiled while measuring
                    awaitAll(batch.keys, System.nanoTime(), new ArrayList<>(), new HashMap<>());
                });
                Map<String, Long> before = service.stats().stageMillis();
                System.err.println("measuring...");
                JitMeter jit = new JitMeter();
                CpuMeter cpu = new CpuMeter();
                ThreadCpuMeter threadCpu = new ThreadCpuMeter();
                StreamWaits waitsBefore = service.streamWaits();
                ScheduledExecutorService tracer = trace ? trace(service) : null;
                long start = System.nanoTime();
                ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
                if (rate > 0) {
                    AtomicLong next = new AtomicLong();
                    pacer.scheduleAtFixedRate(() -> {
                        int i = (int) next.getAndIncrement();
                        if (i < measured.keys.size()) {
                            send(producer, measured, i, i + 1);
                        }
                    }, 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);
                } else {
                    send(producer, measured, 0, measured.keys.size());
                    producer.flush();
                }
                long last = awaitAll(measured.keys, start, latencies, outcomes);
                if (tracer != null) {
                    tracer.shutdownNow();
                }
                waits = service.streamWaits().since(waitsBefore);
                jitShare = jit.share();
                cpuMillis = cpu.millis();
                Map<String, Double> threadSeconds = threadCpu.secondsByGroup();
                streamThreadSeconds = threadSeconds.getOrDefault(ThreadCpuMeter.STREAM_THREADS, 0.0);
                threadCores = threadCpu.cores(threadSeconds);
                pacer.shutdownNow();
                Map<String, Long> after = new java.util.TreeMap<>(service.stats().stageMillis());
                after.replaceAll((stage, ms) -> ms - before.getOrDefault(stage, 0L));
                stageMillis = after;
                seconds = (last - start) / 1e9;
            }
        }

        /** Each second of the measured phase: the pipeline's counts so far and the stream threads' waits in that second. */
        private ScheduledExecutorService trace(PipelineService service) {
            ScheduledExecutorService tracer = daemonTimer("bench-trace");
            StreamWaits[] previous = {service.streamWaits()};
            long start = System.nanoTime();
            tracer.scheduleAtFixedRate(() -> {
                StreamWaits now = service.streamWaits();
                System.err.printf(Locale.ROOT, "second %d: %s; %s%n", Math.round((System.nanoTime() - start) / 1e9),
                        service.stats().counts(), now.since(previous[0]));
                previous[0] = now;
            }, 1, 1, TimeUnit.SECONDS);
            return tracer;
        }

        private void send(KafkaProducer<String, byte[]> producer, Batch batch, int from, int to) {
            for (int i = from; i < to; i++) {
                producer.send(new ProducerRecord<>(config.topics().raw(), batch.keys.get(i), batch.values.get(i)));
            }
        }

        /**
         * Reads the three terminal topics until every id is out; returns the nano time of the last.
         * Adds each enriched record's latency to {@code latencies} and counts outcomes per topic.
         */
        private long awaitAll(List<String> ids, long start, List<Long> latencies, Map<String, Integer> outcomes) {
            Set<String> expected = new HashSet<>(ids);
            Set<String> seen = new HashSet<>();
            long last = start;
            var props = ClientSettings.consumer(config, config.bootstrapServers(), "bench-" + UUID.randomUUID());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            NewsConfig.Topics t = config.topics();
            Map<String, String> outcomeOf = Map.of(t.enriched(), "enriched", t.duplicates(), "duplicates", t.dlq(), "dlq");
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(OutputTally.terminalTopics(t));
                while (seen.size() < expected.size()) { // only expected ids are added
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("timed out with " + seen.size() + " of " + expected.size() + " out");
                    }
                    for (var r : consumer.poll(Duration.ofMillis(200))) {
                        long now = System.nanoTime();
                        String id = OutputTally.inputKey(r, t, wire);
                        if (id != null && expected.contains(id) && seen.add(id)) {
                            last = now;
                            outcomes.merge(outcomeOf.get(r.topic()), 1, Integer::sum);
                            if (r.topic().equals(t.enriched())) {
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

    /** A one-thread timer that never keeps the JVM alive, for the harness's samplers. */
    private static ScheduledExecutorService daemonTimer(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Samples the used heap every 100 ms; reports the peak. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService timer = daemonTimer("heap-watch");

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
