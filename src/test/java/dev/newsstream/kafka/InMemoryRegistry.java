package dev.newsstream.kafka;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.v2.beans.ArtifactMetaData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory stand-in for Apicurio Registry behind its real {@link RegistryClient} interface,
 * so that tests run Apicurio's own serializer and deserializer code. It implements what the serdes
 * call (create-or-return an artifact, content by id, references) like the registry does:
 * identical content gets one content id, each new artifact version a new global id.
 */
final class InMemoryRegistry {
    private final Map<String, Long> contentIds = new ConcurrentHashMap<>();
    private final List<String> contents = new ArrayList<>();
    private final Map<String, ArtifactMetaData> artifacts = new ConcurrentHashMap<>();
    private final Map<Long, Long> contentOfGlobal = new ConcurrentHashMap<>();
    private long nextGlobalId = 1;
    final List<String> calls = new ArrayList<>();

    RegistryClient client() {
        return (RegistryClient) Proxy.newProxyInstance(RegistryClient.class.getClassLoader(),
                new Class<?>[] {RegistryClient.class}, (proxy, method, args) -> {
                    synchronized (this) {
                        calls.add(method.getName());
                        return switch (method.getName()) {
                            case "createArtifact" -> create(args);
                            case "getContentById" -> content((Long) args[0]);
                            case "getContentByGlobalId" -> content(contentOfGlobal.get((Long) args[0]));
                            case "getArtifactReferencesByContentId", "getArtifactReferencesByGlobalId" -> List.of();
                            case "getArtifactMetaData" -> artifact((String) args[0], (String) args[1]);
                            case "close" -> null;
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            case "toString" -> "InMemoryRegistry";
                            default -> throw new UnsupportedOperationException("in-memory registry: " + method.getName());
                        };
                    }
                });
    }

    synchronized String artifactContent(String artifactId) {
        ArtifactMetaData meta = artifacts.get("default/" + artifactId);
        return meta == null ? null : contents.get((int) (meta.getContentId() - 1));
    }

    synchronized ArtifactMetaData artifact(String groupId, String artifactId) {
        ArtifactMetaData meta = artifacts.get((groupId == null ? "default" : groupId) + "/" + artifactId);
        if (meta == null) {
            throw new IllegalStateException("no artifact " + artifactId);
        }
        return meta;
    }

    private ArtifactMetaData create(Object[] args) throws IOException {
        String groupId = args[0] == null ? "default" : (String) args[0];
        String artifactId = (String) args[1];
        String content = null;
        for (Object arg : args) {
            if (arg instanceof InputStream in) {
                content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        long contentId = contentIds.computeIfAbsent(content, c -> {
            contents.add(c);
            return (long) contents.size();
        });
        String key = groupId + "/" + artifactId;
        ArtifactMetaData existing = artifacts.get(key);
        if (existing != null && existing.getContentId() == contentId) {
            return existing;
        }
        ArtifactMetaData meta = new ArtifactMetaData();
        meta.setGroupId(groupId);
        meta.setId(artifactId);
        meta.setType((String) args[3]);
        meta.setVersion(existing == null ? "1" : Integer.toString(Integer.parseInt(existing.getVersion()) + 1));
        meta.setGlobalId(nextGlobalId++);
        meta.setContentId(contentId);
        contentOfGlobal.put(meta.getGlobalId(), contentId);
        artifacts.put(key, meta);
        return meta;
    }

    private InputStream content(Long contentId) {
        if (contentId == null || contentId < 1 || contentId > contents.size()) {
            throw new UncheckedIOException(new IOException("no content with id " + contentId));
        }
        return new ByteArrayInputStream(contents.get((int) (contentId - 1)).getBytes(StandardCharsets.UTF_8));
    }
}
