package dev.newsstream.observe;

import dev.newsstream.topology.PipelineStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's own series, fed by {@link PipelineStats}. Count names follow the stats'
 * convention {@code stage.outcome}; three families get their own series because operators alert
 * on them separately:
 * <ul>
 *   <li>{@code newsstream_articles_total{stage,outcome}} for every count ("in" is intake/received,
 *       "unique" and "duplicate.*" are dedup, "enriched" is enrich);</li>
 *   <li>{@code newsstream_dlq_total{reason}} for {@code dlq.<reason>};</li>
 *   <li>{@code newsstream_duplicates_total{method}} for {@code duplicate.<method>};</li>
 *   <li>{@code newsstream_stage_seconds{stage}}, a latency histogram per stage.</li>
 * </ul>
 */
public final class PipelineMetrics implements PipelineStats.Listener {
    // Stage latencies range from tens of microseconds (dedup) to seconds (NER on long articles);
    // fixed 1-2.5-5 buckets keep the histogram to 17 series per stage (Micrometer's default
    // percentile histogram would publish about 100).
    private static final Duration[] BUCKETS = java.util.stream.LongStream.of(
                    50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
                    1_000_000, 2_500_000, 5_000_000)
            .mapToObj(Duration::ofNanos).map(d -> d.multipliedBy(1_000)).toArray(Duration[]::new);

    private final MeterRegistry registry;
    private final Map<String, Counter[]> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    private PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers the pipeline's series in the registry and keeps them fed from the stats. The
     * main outcomes are registered at zero, so dashboards and alerts see them before traffic.
     */
    public static PipelineMetrics bind(PipelineStats stats, MeterRegistry registry) {
        PipelineMetrics metrics = new PipelineMetrics(registry);
        for (String name : new String[] {"in", "unique", "enriched", "duplicate.exact", "duplicate.near"}) {
            metrics.counted(name, 0);
        }
        stats.addListener(metrics);
        return metrics;
    }

    @Override
    public void counted(String name, long amount) {
        for (Counter c : counters.computeIfAbsent(name, this::countersFor)) {
            c.increment(amount);
        }
    }

    @Override
    public void timed(String stage, long elapsedNanos) {
        timers.computeIfAbsent(stage, s -> Timer.builder("newsstream.stage")
                        .description("Time an article spends in a pipeline stage")
                        .tag("stage", s)
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry))
                .record(elapsedNanos, TimeUnit.NANOSECONDS);
    }

    private Counter[] countersFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        String head = dot < 0 ? lower : lower.substring(0, dot);
        String tail = dot < 0 ? "" : lower.substring(dot + 1);
        // The stats' short names for the main outcomes, put under the stage that decides them.
        String[] stageOutcome = switch (head) {
            case "in" -> new String[] {"intake", "received"};
            case "unique" -> new String[] {"dedup", "unique"};
            case "duplicate" -> new String[] {"dedup", "duplicate"};
            case "enriched" -> new String[] {"enrich", "enriched"};
            default -> new String[] {head, tail.isEmpty() ? "total" : tail};
        };
        Counter articles = Counter.builder("newsstream.articles")
                .description("Articles by stage and outcome")
                .tag("stage", stageOutcome[0]).tag("outcome", stageOutcome[1])
                .register(registry);
        if (head.equals("dlq")) {
            return new Counter[] {articles, Counter.builder("newsstream.dlq")
                    .description("Dead letters by reason").tag("reason", tail).register(registry)};
        }
        if (head.equals("duplicate")) {
            return new Counter[] {articles, Counter.builder("newsstream.duplicates")
                    .description("Duplicates by detection method").tag("method", tail).register(registry)};
        }
        return new Counter[] {articles};
    }
}
