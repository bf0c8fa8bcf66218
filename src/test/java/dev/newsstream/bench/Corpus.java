package dev.newsstream.bench;

import dev.newsstream.model.Article;
import dev.newsstream.model.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Benchmark inputs: the project's own sample articles (samples/), written for newsstream. */
final class Corpus {
    private Corpus() {}

    static List<Article> samples(String extension) {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith("." + extension)).sorted()
                    .map(Corpus::read)
                    .filter(a -> !a.body().isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("run benchmarks from the repository root (bin/jmh does)", e);
        }
    }

    /** The sample articles through the clean stage, page text and HTML, as the entity and quote stages see them. */
    static List<dev.newsstream.model.CleanArticle> cleanSamples() {
        var cleaner = new dev.newsstream.clean.Cleaner(dev.newsstream.clean.CleanConfig.defaults());
        return Stream.concat(samples("txt").stream(), samples("html").stream())
                .map(cleaner::clean)
                .filter(o -> o instanceof dev.newsstream.model.Outcome.Accepted<dev.newsstream.model.CleanArticle>)
                .map(o -> ((dev.newsstream.model.Outcome.Accepted<dev.newsstream.model.CleanArticle>) o).value())
                .toList();
    }

    private static Article read(Path file) {
        try {
            String name = file.getFileName().toString();
            ContentType type = name.endsWith(".html") ? ContentType.HTML : ContentType.TEXT;
            return new Article(name, null, "bench", null, Files.readString(file), type, "en", null, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
