package dev.newsstream.model;

/** Small text helpers shared by every stage. */
public final class Texts {
    private Texts() {}

    /** Number of maximal runs of non-whitespace characters. */
    public static int wordCount(String s) {
        if (s == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
