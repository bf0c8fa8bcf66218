package dev.newsstream.kafka;

import java.net.URI;

/**
 * Where Apicurio's serdes find the registry. Operators tend to give the registry's base address
 * ({@code http://registry:8080}), as Confluent clients take it; Apicurio's client needs its core
 * API path, so a bare address gets {@code /apis/registry/v2}. A Confluent-compatible path
 * ({@code /apis/ccompat/...}) is mapped to the core API of the same registry.
 */
final class RegistryUrls {
    static final String CORE_API = "/apis/registry/v2";

    private RegistryUrls() {}

    static String apicurioApi(String configured) {
        String url = configured.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        String path = URI.create(url).getPath();
        if (path == null || path.isEmpty()) {
            return url + CORE_API;
        }
        int ccompat = url.indexOf("/apis/ccompat");
        if (ccompat >= 0) {
            return url.substring(0, ccompat) + CORE_API;
        }
        return url;
    }
}
