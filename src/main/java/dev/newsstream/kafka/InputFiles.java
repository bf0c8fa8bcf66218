package dev.newsstream.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.avro.ContentType;
import dev.newsstream.avro.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Article files to raw-topic records, as {@code produce} sends them and {@code enrich} reads
 * them: {@code .txt} page text, {@code .html}/{@code .htm} HTML (both as Avro RawArticle with the
 * file name without extension as id), {@code .json} one JSON article, {@code .jsonl} one per line
 * (sent as the JSON bytes, id from the object or the file name and line number).
 */
public final class InputFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record for the raw topic. */
    public record Input(String key, byte[] value, Path file) {}

    private InputFiles() {}

    /** Expands directories (sorted by name, recursively) and keeps files with a known extension. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::known).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("no such file or directory: " + path);
            }
        }
        return files;
    }

    public static boolean known(Path file) {
        String ext = extension(file);
        return List.of("txt", "html", "htm", "json", "jsonl").contains(ext);
    }

    public static List<Input> read(Path file, WireFormat wire) throws IOException {
        String ext = extension(file);
        String stem = stem(file);
        byte[] bytes = Files.readAllBytes(file);
        switch (ext) {
            case "json":
                return List.of(new Input(jsonId(bytes, stem), bytes, file));
            case "jsonl": {
                List<Input> inputs = new ArrayList<>();
                String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        byte[] line = lines[i].getBytes(StandardCharsets.UTF_8);
                        inputs.add(new Input(jsonId(line, stem + "-" + (i + 1)), line, file));
                    }
                }
                return inputs;
            }
            case "txt", "html", "htm": {
                RawArticle raw = RawArticle.newBuilder()
                        .setId(stem)
                        .setBody(PageDecoder.decode(bytes, !ext.equals("txt")))
                        .setContentType(ext.equals("txt") ? ContentType.TEXT : ContentType.HTML)
                        .setMetadata(new HashMap<>())
                        .build();
                return List.of(new Input(stem, wire.raw.encode(raw), file));
            }
            default:
                throw new IOException("unsupported file type (want .txt, .html, .json, .jsonl): " + file);
        }
    }

    private static String jsonId(byte[] json, String fallback) {
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode id = node == null ? null : node.get("id");
            return id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : fallback;
        } catch (IOException e) {
            return fallback; // the pipeline itself rejects it with the reason
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
