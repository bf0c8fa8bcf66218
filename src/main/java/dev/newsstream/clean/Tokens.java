package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lowercase word tokens; glued UI labels ("readingShow") are split at a lower-to-upper case change. */
final class Tokens {
    private Tokens() {}

    static List<String> words(String s) {
        return words(s, s.toLowerCase(Locale.ROOT));
    }

    /** As {@link #words(String)}, given {@code s.toLowerCase(Locale.ROOT)} the caller already has. */
    static List<String> words(String s, String lower) {
        // Cutting tokens out of one lowercased copy saves an allocation per token; a few characters
        // change length when lowercased, and then each token is lowercased on its own.
        boolean aligned = lower.length() == s.length();
        List<String> out = new ArrayList<>(s.length() / 5 + 1);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean letter = c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c) || start >= 0 && continuesWord(c);
            if (letter && start >= 0 && isUpper(c) && isLower(s.charAt(i - 1))) {
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

    /** {@link dev.newsstream.model.Texts#wordCount}: the clean stage's lines are measured as the records are. */
    static int wordCount(String s) {
        return dev.newsstream.model.Texts.wordCount(s);
    }

    /** Whether most of the letters are Han or kana: a line no stop-word list here can judge. */
    static boolean mostlyCjk(String s) {
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (dev.newsstream.model.Texts.isCjk(c)) {
                cjk++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return cjk > letters;
    }

    /** How many times {@code c} stands in {@code s}. */
    static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A vowel sign or other combining mark, or a zero-width joiner or non-joiner: part of the word
     * it follows (Bengali and Hindi vowel signs are marks, not letters, to Java).
     */
    private static boolean continuesWord(char c) {
        return TextNormalizer.isJoiner(c) || TextNormalizer.isMark(c);
    }

    // ASCII fast paths give the same answers as Character's methods, without the table lookups.
    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isUpper(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isLower(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private static String token(String s, String lower, boolean aligned, int from, int to) {
        // "İ" lowercases to "i" and a combining dot: Turkish capitals would otherwise spell other words
        return aligned ? lower.substring(from, to) : s.substring(from, to).toLowerCase(Locale.ROOT).replace("i\u0307", "i");
    }
}
