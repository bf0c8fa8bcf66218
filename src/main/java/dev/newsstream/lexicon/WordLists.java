package dev.newsstream.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the stages' data files (word lists, cue phrases, titles): UTF-8, one entry a line,
 * lines starting with "#" say where a class of entries comes from. Entries are lower-cased, so
 * that every rule compares lower-case text.
 */
public final class WordLists {
    private WordLists() {}

    /** The entries of the resource {@code name} beside {@code owner}'s class file. */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + name + " beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every whitespace-separated word of every entry. */
    public static List<String> words(Class<?> owner, String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(owner, name)) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return List.copyOf(out);
    }
}
