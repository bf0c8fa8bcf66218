package dev.newsstream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures from {@code src/test/resources/fixtures/<stage>/}. */
public final class Fixtures {
    private Fixtures() {}

    public static String text(String stage, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + stage + "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + stage + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
