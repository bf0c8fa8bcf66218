package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lowercase word tokens; glued UI labels ("readingShow") are split at a lower-to-upper case change. */
final class Tokens {
    private Tokens() {}

    static List<String> words(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        // Cutting tokens out of one lowercased copy saves an allocation per token; a few characters
        // change length when lowercased, and then each token is lowercased on its own.
        boolean aligned = lower.length() == s.length();
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) {
                out.add(token(s, lower, aligned, start, i));
                start = i;
            } else if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(token(s, lower, aligned, start, i));
                start = -1;
            }
        }
        return out;
    }

    private static String token(String s, String lower, boolean aligned, int from, int to) {
        return aligned ? lower.substring(from, to) : s.substring(from, to).toLowerCase(Locale.ROOT);
    }
}
