package dev.newsstream.entities;

import dev.newsstream.lexicon.WordLists;
import java.util.List;

/** The word-list data files of this package. */
final class Lexicon {
    private Lexicon() {}

    static List<String> lines(String name) {
        return WordLists.lines(Lexicon.class, name);
    }
}
