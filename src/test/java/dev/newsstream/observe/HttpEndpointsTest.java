package dev.newsstream.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.topology.PipelineStats;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HttpEndpointsTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthFollowsTheStateAndMetricsServeTheScrape() throws Exception {
        AtomicReference<HttpEndpoints.Health> health = new AtomicReference<>(new HttpEndpoints.Health("REBALANCING", false));
        try (HttpEndpoints http = HttpEndpoints.start(0, health::get, () -> "some_metric 1.0\n")) {
            HttpResponse<String> down = get(http.port(), "/health");
            assertEquals(503, down.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"state\":\"REBALANCING\"}", down.body().trim());
            assertEquals("application/json", down.headers().firstValue("Content-Type").orElse(""));

            health.set(new HttpEndpoints.Health("RUNNING", true));
            HttpResponse<String> up = get(http.port(), "/health");
            assertEquals(200, up.statusCode());
            assertEquals("{\"status\":\"UP\",\"state\":\"RUNNING\"}", up.body().trim());

            HttpResponse<String> metrics = get(http.port(), "/metrics");
            assertEquals(200, metrics.statusCode());
            assertEquals("some_metric 1.0\n", metrics.body());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));

            assertEquals(404, get(http.port(), "/nothing").statusCode());
        }
    }

    @Test
    void pipelineStatsBecomePrometheusSeries() {
        PipelineStats stats = new PipelineStats();
        stats.count("in");
        stats.count("in");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PipelineMetrics.bind(stats, registry);
        stats.count("in");
        stats.count("clean.ok");
        stats.count("dlq.empty_body");
        stats.count("duplicate.near");
        stats.count("unique");
        stats.time("dedup", 2_000_000);
        stats.time("dedup", 4_000_000);
        String text = registry.scrape();

        // counts before binding are replayed, so the totals match the stats
        assertTrue(text.contains("newsstream_articles_total{outcome=\"received\",stage=\"intake\"} 3.0"), text);
        assertTrue(text.contains("newsstream_articles_total{outcome=\"ok\",stage=\"clean\"} 1.0"), text);
        assertTrue(text.contains("newsstream_articles_total{outcome=\"unique\",stage=\"dedup\"} 1.0"), text);
        assertTrue(text.contains("newsstream_articles_total{outcome=\"duplicate\",stage=\"dedup\"} 1.0"), text);
        assertTrue(text.contains("newsstream_dlq_total{reason=\"empty_body\"} 1.0"), text);
        assertTrue(text.contains("newsstream_duplicates_total{method=\"near\"} 1.0"), text);
        // registered at zero before any traffic
        assertTrue(text.contains("newsstream_duplicates_total{method=\"exact\"} 0.0"), text);
        assertTrue(text.contains("newsstream_articles_total{outcome=\"enriched\",stage=\"enrich\"} 0.0"), text);
        assertTrue(text.contains("newsstream_stage_seconds_count{stage=\"dedup\"} 2"), text);
        assertTrue(text.contains("newsstream_stage_seconds_sum{stage=\"dedup\"} 0.006"), text);
        assertTrue(text.contains("newsstream_stage_seconds_bucket{stage=\"dedup\",le=\"+Inf\"} 2"), text);
        assertTrue(text.contains("newsstream_stage_seconds_bucket{stage=\"dedup\",le=\"0.0025\"} 1"), text);
        assertTrue(text.contains("newsstream_stage_seconds_bucket{stage=\"dedup\",le=\"0.005\"} 2"), text);
        assertEquals(17, text.lines().filter(l -> l.startsWith("newsstream_stage_seconds_bucket{stage=\"dedup\"")).count());
        // the existing snapshot API keeps working
        assertEquals(3L, stats.counts().get("in"));
        assertEquals(6L, stats.stageMillis().get("dedup"));
    }
}
