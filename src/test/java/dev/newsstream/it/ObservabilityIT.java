package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.cli.PipelineService;
import dev.newsstream.config.ConfigLoader;
import dev.newsstream.config.NewsConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The `run` service with an embedded broker serves /health and /metrics with both series families. */
class ObservabilityIT {
    @Test
    void runServesHealthAndMetrics() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        NewsConfig config = ConfigLoader.load(Map.of(), Map.of(), Map.of(
                "data.dir", PipelineScenarios.tempDir().toString(),
                "embedded.port", "0",
                "stream.threads", "1",
                "topic.partitions", "2",
                "http.port", Integer.toString(port)));
        HttpClient client = HttpClient.newHttpClient();
        try (PipelineService service = PipelineService.start(config)) {
            assertEquals(port, service.httpPort());
            assertTrue(service.awaitRunning(Duration.ofSeconds(120)), "streams reach RUNNING");
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals("{\"status\":\"UP\",\"state\":\"RUNNING\"}", health.body().trim());

            String metrics = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(metrics.contains("\nkafka_stream_alive_stream_threads{"), "Kafka Streams client metrics");
            assertTrue(metrics.contains("\nkafka_stream_client_state{"), "Kafka Streams client metrics");
            assertTrue(metrics.contains("\nnewsstream_articles_total{outcome=\"received\",stage=\"intake\"} 0.0"),
                    "the pipeline's own series");
            assertTrue(metrics.contains("\nnewsstream_duplicates_total{method=\"near\"} 0.0"), "the pipeline's own series");
            assertTrue(metrics.contains("\njvm_memory_used_bytes{"), "JVM series");
        }
    }
}
