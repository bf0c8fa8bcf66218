package dev.newsstream.model;

/** Small text helpers shared by every stage. */
public final class Texts {
    private Texts() {}

    /**
     * Number of maximal runs of non-whitespace characters, except that Chinese and Japanese, written
     * without spaces, count a word per {@value #CJK_CHARS_PER_WORD} characters (about a word's length
     * there), so that a paragraph of them is no one-word label and its article no empty one. ASCII
     * characters take a fast path without a table lookup. Thai, Lao, Khmer and Burmese put spaces
     * between phrases, not words, and count a word per {@value #UNSPACED_CHARS_PER_WORD} characters
     * (their vowel and tone signs included).
     */
    public static int wordCount(String s) {
        if (s == null) {
            return 0;
        }
        int count = 0;
        int cjk = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) : Character.isWhitespace(c);
            if (!space && isCjk(c)) {
                cjk++;
                inWord = true;
                continue;
            }
            if (isUnspaced(c)) {
                unspaced++;
                inWord = true;
                continue;
            }
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count + cjkWords(cjk) + (unspaced + UNSPACED_CHARS_PER_WORD - 1) / UNSPACED_CHARS_PER_WORD;
    }

    private static final int UNSPACED_CHARS_PER_WORD = 4;
    private static final char UNSPACED_START = '\u0E00';

    /** A Thai, Lao, Burmese or Khmer character: a script that puts spaces between phrases, not words. */
    public static boolean isUnspaced(char c) {
        return c >= UNSPACED_START && c <= '\u0EFF' || (c >= '\u1000' && c <= '\u109F') || (c >= '\u1780' && c <= '\u17FF');
    }

    /** The words that many Chinese or Japanese characters count for: one per {@value #CJK_CHARS_PER_WORD}, rounded up. */
    public static int cjkWords(int chars) {
        return (chars + CJK_CHARS_PER_WORD - 1) / CJK_CHARS_PER_WORD;
    }

    private static final int CJK_CHARS_PER_WORD = 2;
    /** Below this no character is Han or kana. */
    private static final char CJK_START = '\u2E80';

    /** A Han or kana character: a script written without spaces between words. */
    public static boolean isCjk(char c) {
        return c >= CJK_START && cjkScript(c);
    }

    private static boolean cjkScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
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
