package dev.newsstream.observe;

import dev.newsstream.topology.PipelineStats;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The metrics registry of one running instance (Kafka Streams client metrics as
 * {@code kafka_stream_*}, the pipeline's {@code newsstream_*}, and the JVM's {@code jvm_*},
 * {@code process_*} and {@code system_*}, since heap and GC are what NER under load runs out of
 * first) and the HTTP endpoints that expose it with the streams' health.
 */
public final class Observability implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final HttpEndpoints http;

    private Observability(KafkaStreams streams, PipelineStats stats, int port) throws IOException {
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        PipelineMetrics.bind(stats, registry);
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        HttpEndpoints started;
        try {
            started = HttpEndpoints.start(port, () -> health(streams), registry::scrape);
        } catch (IOException | RuntimeException e) {
            streamsMetrics.close();
            gcMetrics.close();
            throw e;
        }
        http = started;
    }

    /** Binds the metrics and serves them on {@code port} (0 picks a free one). */
    public static Observability start(KafkaStreams streams, PipelineStats stats, int port) throws IOException {
        return new Observability(streams, stats, port);
    }

    static HttpEndpoints.Health health(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        return new HttpEndpoints.Health(state.name(), state == KafkaStreams.State.RUNNING);
    }

    public int port() {
        return http.port();
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        http.close();
        streamsMetrics.close();
        gcMetrics.close();
        registry.close();
    }
}
