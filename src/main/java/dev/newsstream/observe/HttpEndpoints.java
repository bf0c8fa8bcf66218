package dev.newsstream.observe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code /health} and {@code /metrics} on the JDK's HTTP server. Health is 200 only when the
 * streams are RUNNING, so an orchestrator's readiness probe takes an instance out while it
 * rebalances or after its threads died; metrics are the Prometheus text exposition.
 */
public final class HttpEndpoints implements AutoCloseable {
    /** What /health reports: the Kafka Streams state name, and whether that counts as healthy. */
    public record Health(String state, boolean up) {}

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpEndpoints(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves on every interface at {@code port} (0 picks a free port, see {@link #port()}).
     *
     * @param scrape the Prometheus text of all metrics
     */
    public static HttpEndpoints start(int port, Supplier<Health> health, Supplier<String> scrape) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
        server.createContext("/health", exchange -> {
            Health h = health.get();
            String body = "{\"status\":\"" + (h.up() ? "UP" : "DOWN") + "\",\"state\":\"" + h.state() + "\"}\n";
            respond(exchange, h.up() ? 200 : 503, "application/json", body);
        });
        server.createContext("/metrics", exchange ->
                respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", scrape.get()));
        server.createContext("/", exchange ->
                respond(exchange, 404, "text/plain; charset=utf-8", "try /health or /metrics\n"));
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "newsstream-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new HttpEndpoints(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
