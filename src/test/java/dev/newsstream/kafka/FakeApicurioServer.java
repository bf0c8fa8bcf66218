package dev.newsstream.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-JVM fake of the part of Apicurio Registry's v2 REST API that the Kafka serdes use
 * (create-or-return an artifact, content and references by content id), so that a test can give
 * the pipeline a {@code schema.registry.url} and run the real HTTP client and serdes.
 */
final class FakeApicurioServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CREATE = Pattern.compile("/apis/registry/v2/groups/([^/]+)/artifacts");
    private static final Pattern CONTENT = Pattern.compile("/apis/registry/v2/ids/contentIds/(\\d+)(/references)?");

    private final HttpServer server;
    private final List<String> contents = new ArrayList<>();
    private final Map<String, Integer> contentIds = new HashMap<>();
    private final Map<String, ObjectNode> artifacts = new HashMap<>();
    final List<String> requests = new ArrayList<>();

    FakeApicurioServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 8);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The registry's base address, as an operator would configure it. */
    String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    synchronized String content(int contentId) {
        return contents.get(contentId - 1);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            Matcher create = CREATE.matcher(path);
            Matcher content = CONTENT.matcher(path);
            if (exchange.getRequestMethod().equals("POST") && create.matches()) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type != null && type.contains("create.extended")) {
                    body = JSON.readTree(body).get("content").asText();
                }
                send(exchange, 200, "application/json", JSON.writeValueAsString(create(create.group(1),
                        exchange.getRequestHeaders().getFirst("X-Registry-ArtifactId"),
                        exchange.getRequestHeaders().getFirst("X-Registry-ArtifactType"), body)));
            } else if (exchange.getRequestMethod().equals("GET") && content.matches()) {
                int id = Integer.parseInt(content.group(1));
                if (id < 1 || id > contents.size()) {
                    send(exchange, 404, "application/json", "{\"error_code\":404,\"message\":\"No content with id " + id + "\"}");
                } else if (content.group(2) != null) {
                    send(exchange, 200, "application/json", "[]");
                } else {
                    send(exchange, 200, "application/json", contents.get(id - 1));
                }
            } else {
                send(exchange, 404, "application/json", "{\"error_code\":404,\"message\":\"not in the fake: " + path + "\"}");
            }
        }
    }

    private ObjectNode create(String group, String artifactId, String type, String content) {
        int contentId = contentIds.computeIfAbsent(content, c -> {
            contents.add(c);
            return contents.size();
        });
        String key = group + "/" + artifactId;
        ObjectNode existing = artifacts.get(key);
        if (existing != null && existing.get("contentId").asInt() == contentId) {
            return existing;
        }
        ObjectNode meta = JSON.createObjectNode();
        meta.put("groupId", group);
        meta.put("id", artifactId);
        meta.put("type", type == null ? "AVRO" : type);
        meta.put("version", existing == null ? "1" : Integer.toString(existing.get("version").asInt() + 1));
        meta.put("globalId", 100 + artifacts.size() + (existing == null ? 0 : 1000));
        meta.put("contentId", contentId);
        meta.put("state", "ENABLED");
        artifacts.put(key, meta);
        return meta;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** For trying registry mode by hand: serves until killed and prints its base address. */
    public static void main(String[] args) throws Exception {
        FakeApicurioServer server = new FakeApicurioServer();
        System.out.println(server.baseUrl());
        Thread.currentThread().join();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
