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

    /**
     * The first {@code max} characters, cut at a space or line break (in the second half) so that
     * no word is split; offsets into the result are offsets into {@code s}.
     */
    public static String head(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = max;
        while (cut > max / 2 && !Character.isWhitespace(s.charAt(cut))) {
            cut--;
        }
        return s.substring(0, cut > max / 2 ? cut : max);
    }
}
