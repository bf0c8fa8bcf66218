package dev.newsstream.entities;

import dev.newsstream.lexicon.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word-list data files of this package. In some lists a trailing "*" marks entries that
 * also carry a second meaning (a title that may be a surname, a word that also ends place names).
 */
final class Lexicon {
    private Lexicon() {}

    static List<String> lines(String name) {
        return WordLists.lines(Lexicon.class, name);
    }

    /** Every entry, without its mark. */
    static Set<String> plain(List<String> entries) {
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            out.add(e.endsWith("*") ? e.substring(0, e.length() - 1) : e);
        }
        return Set.copyOf(out);
    }

    /** The entries opening with {@code mark} ("<river", ">rovers"), without it. */
    static Set<String> opening(List<String> entries, char mark) {
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            if (e.charAt(0) == mark) {
                out.add(e.substring(1).strip());
            }
        }
        return Set.copyOf(out);
    }

    /** The marked entries, without their mark. */
    static Set<String> starred(List<String> entries) {
        Set<String> out = new HashSet<>();
        for (String e : entries) {
            if (e.endsWith("*")) {
                out.add(e.substring(0, e.length() - 1));
            }
        }
        return Set.copyOf(out);
    }
}
