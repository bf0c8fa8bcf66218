package dev.newsstream.topology;

import dev.newsstream.clean.FurnitureConfig;
import dev.newsstream.clean.FurnitureStore;
import dev.newsstream.clean.SiteFurniture;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.dedup.DedupDecision;
import dev.newsstream.dedup.DuplicateIndex;
import dev.newsstream.dedup.MapFingerprintStore;
import dev.newsstream.kafka.WireFormat;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Entity;
import dev.newsstream.model.Outcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The topology's stages in their order, with no Kafka: decode, validate, clean, dedup, entities,
 * quotes, on a number of threads. The benchmark's yardstick for what Kafka, serdes and
 * exactly-once cost.
 */
public final class InProcessPipeline {
    private final Stages stages;
    private final DuplicateIndex index;

    public InProcessPipeline(NewsConfig config) {
        this.stages = Stages.create(config, new WireFormat());
        this.index = new DuplicateIndex(config.dedup(), new MapFingerprintStore());
    }

    /**
     * What one run did: its wall time, the CPU time of its worker threads (the stages alone: no
     * JIT or GC), and how many articles ended where.
     */
    public record Result(double seconds, double workerCpuSeconds, int enriched, int duplicates, int rejected) {}

    /** Runs every record through the stages on {@code threads} threads. */
    public Result run(List<String> keys, List<byte[]> values, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger enriched = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicLong workerCpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                long cpuStart = cpu.getCurrentThreadCpuTime();
                SiteFurniture furniture = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
                for (int i = next.getAndIncrement(); i < keys.size(); i = next.getAndIncrement()) {
                    switch (process(keys.get(i), values.get(i), i, furniture)) {
                        case ENRICHED -> enriched.incrementAndGet();
                        case DUPLICATE -> duplicates.incrementAndGet();
                        default -> rejected.incrementAndGet();
                    }
                }
                workerCpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        return new Result((System.nanoTime() - start) / 1e9, workerCpuNanos.get() / 1e9, enriched.get(), duplicates.get(), rejected.get());
    }

    /**
     * The duplicate decisions of one crash-free, sequential pass over the records (decode,
     * validate, clean, dedup, in order): duplicate id to original id. The soak's yardstick.
     */
    public static java.util.Map<String, String> duplicateDecisions(NewsConfig config, List<String> keys, List<byte[]> values) {
        Stages stages = Stages.create(config, new WireFormat());
        DuplicateIndex index = new DuplicateIndex(config.dedup(), new MapFingerprintStore());
        SiteFurniture furniture = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
        java.util.Map<String, String> duplicateOf = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (stages.intake(keys.get(i), values.get(i), furniture) instanceof Outcome.Accepted<CleanArticle> ok) {
                DedupDecision decision = index.check(ok.value().id(), ok.value().text(), i);
                if (decision.isDuplicate()) {
                    duplicateOf.put(ok.value().id(), decision.originalId());
                }
            }
        }
        return duplicateOf;
    }

    private Routed.Kind process(String key, byte[] value, long seenAt, SiteFurniture furniture) {
        Outcome<CleanArticle> cleaned = stages.intake(key, value, furniture);
        if (!(cleaned instanceof Outcome.Accepted<CleanArticle> ok)) {
            return Routed.Kind.DEAD;
        }
        CleanArticle article = ok.value();
        DedupDecision decision;
        synchronized (index) { // one dedup partition in the topology: one index here
            decision = index.check(article.id(), article.text(), seenAt);
        }
        if (decision.isDuplicate()) {
            return Routed.Kind.DUPLICATE;
        }
        List<Entity> entities = stages.entities().extract(article.title(), article.text());
        stages.quotes().extract(article.title(), article.text(), entities);
        return Routed.Kind.ENRICHED;
    }
}
