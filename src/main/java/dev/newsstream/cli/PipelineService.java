package dev.newsstream.cli;

import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.EmbeddedBroker;
import dev.newsstream.kafka.EndOffsetWatcher;
import dev.newsstream.kafka.TopicAdmin;
import dev.newsstream.observe.Observability;
import dev.newsstream.topology.NewsTopology;
import dev.newsstream.topology.PipelineStats;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running pipeline: an embedded broker when no cluster is configured, the topics, and the
 * Kafka Streams application, with a periodic log line of per-stage counts and rates, and
 * {@code /health} and {@code /metrics} when {@code http.port} is set.
 */
public final class PipelineService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineService.class);
    /** How often the raw topic's end offsets are looked up: at most this adds to the end of a catch-up. */
    private static final Duration END_OFFSET_INTERVAL = Duration.ofMillis(100);

    private final EmbeddedBroker broker;
    private final KafkaStreams streams;
    private final EndOffsetWatcher rawEnds;
    private final String bootstrap;
    private final PipelineStats stats = new PipelineStats();
    private final Observability observability;
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsstream-stats");
        t.setDaemon(true);
        return t;
    });

    private PipelineService(NewsConfig config) throws IOException {
        if (config.embedded()) {
            broker = EmbeddedBroker.start(config.dataDir().resolve("broker"), config.embeddedPort());
            bootstrap = broker.bootstrapServers();
            LOG.info("embedded Kafka broker ready on {} (data in {})", bootstrap, config.dataDir().toAbsolutePath());
        } else {
            broker = null;
            bootstrap = config.bootstrapServers();
        }
        if (config.registryMode()) {
            // host and port only: a registry URL may carry credentials
            java.net.URI registry = java.net.URI.create(config.schemaRegistryUrl().strip());
            LOG.info("schema registry mode: raw and output values in the Confluent wire format, registry at {}:{}",
                    registry.getHost(), registry.getPort());
        }
        KafkaStreams started = null;
        EndOffsetWatcher ends = null;
        try {
            var created = TopicAdmin.ensureTopics(config, bootstrap);
            if (!created.isEmpty()) {
                LOG.info("created topics {}", created);
            }
            ends = new EndOffsetWatcher(ClientSettings.admin(config, bootstrap), config.topics().raw(), END_OFFSET_INTERVAL);
            started = new KafkaStreams(NewsTopology.build(config, stats, ends), ClientSettings.streams(config, bootstrap));
            started.setUncaughtExceptionHandler(e -> {
                LOG.error("stream thread failed; replacing it", e);
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            started.start();
            observability = config.httpPort() > 0 ? Observability.start(started, stats, config.httpPort()) : null;
            if (observability != null) {
                LOG.info("serving /health and /metrics on port {}", observability.port());
            }
        } catch (IOException | RuntimeException e) {
            if (started != null) {
                started.close(Duration.ofSeconds(10));
            }
            if (ends != null) {
                ends.close();
            }
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
        streams = started;
        rawEnds = ends;
        long interval = config.statsInterval().toMillis();
        reporter.scheduleAtFixedRate(new Reporter(interval), interval, interval, TimeUnit.MILLISECONDS);
    }

    public static PipelineService start(NewsConfig config) throws IOException {
        return new PipelineService(config);
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    PipelineStats stats() {
        return stats;
    }

    /** What the stream threads have waited on Kafka since they started. */
    StreamWaits streamWaits() {
        return StreamWaits.of(streams.metrics());
    }

    /** The port of /health and /metrics, or 0 when they are not served. */
    public int httpPort() {
        return observability == null ? 0 : observability.port();
    }

    /** Waits until the streams are RUNNING; false on timeout or failure. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING) {
                streams.metadataForLocalThreads().forEach(t -> LOG.info("{} runs tasks {}", t.threadName(),
                        t.activeTasks().stream().map(task -> task.taskId().toString()).sorted().toList()));
                return true;
            }
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                return false;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() {
        reporter.shutdownNow();
        if (observability != null) {
            observability.close();
        }
        streams.close(Duration.ofSeconds(30));
        rawEnds.close();
        if (broker != null) {
            broker.close();
        }
    }

    private final class Reporter implements Runnable {
        private final long intervalMillis;
        private Map<String, Long> previous = new HashMap<>();

        Reporter(long intervalMillis) {
            this.intervalMillis = intervalMillis;
        }

        @Override
        public void run() {
            Map<String, Long> counts = stats.counts();
            StringBuilder line = new StringBuilder("state=").append(streams.state());
            counts.forEach((name, count) -> {
                double rate = (count - previous.getOrDefault(name, 0L)) * 1000.0 / intervalMillis;
                line.append(' ').append(name).append('=').append(count)
                        .append(String.format(java.util.Locale.ROOT, " (%.1f/s)", rate));
            });
            line.append(" stage_ms=").append(stats.stageMillis());
            previous = counts;
            LOG.info(line.toString());
        }
    }
}
