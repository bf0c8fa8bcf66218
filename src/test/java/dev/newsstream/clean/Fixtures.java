package dev.newsstream.clean;

import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test helpers: fixture loading and outcome unwrapping. */
final class Fixtures {
    private Fixtures() {}

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/clean/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String body, ContentType type) {
        return new Article("a1", "https://example.test/a1", "example", null, body, type, "en", null, Map.of("k", "v"));
    }

    static CleanArticle accepted(Outcome<CleanArticle> o) {
        if (o instanceof Outcome.Accepted<CleanArticle> a) {
            return a.value();
        }
        throw new AssertionError("expected accepted, got " + o);
    }
}
