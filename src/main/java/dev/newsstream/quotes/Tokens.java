package dev.newsstream.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Word and punctuation tokens of a text with their offsets. A word keeps inner apostrophes,
 * hyphens and periods ("Trump's", "U.S.") and the period of a known abbreviation or initial.
 */
final class Tokens {
    final String text;
    final int[] start;
    final int[] end;
    final boolean[] word;
    final String[] lower;
    final int size;

    /** Whitespace including the no-break spaces that pasted web text is full of. */
    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    Tokens(String text, Set<String> abbreviations) {
        this.text = text;
        int n = text.length();
        int[] st = new int[Math.max(16, n / 4)];
        int[] en = new int[st.length];
        boolean[] wd = new boolean[st.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (space(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            boolean isWord = Character.isLetterOrDigit(c);
            if (isWord) {
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == '/')
                            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < n && text.charAt(j) == '.' && abbreviationBefore(text, i, j, abbreviations)) {
                    j++;
                }
            }
            if (count == st.length) {
                int cap = count * 2;
                st = java.util.Arrays.copyOf(st, cap);
                en = java.util.Arrays.copyOf(en, cap);
                wd = java.util.Arrays.copyOf(wd, cap);
            }
            st[count] = i;
            en[count] = j;
            wd[count] = isWord;
            count++;
            i = j;
        }
        size = count;
        start = java.util.Arrays.copyOf(st, count);
        end = java.util.Arrays.copyOf(en, count);
        word = java.util.Arrays.copyOf(wd, count);
        lower = new String[count];
        for (int k = 0; k < count; k++) {
            String w = text.substring(start[k], end[k]);
            lower[k] = hasUpper(w) ? w.toLowerCase(Locale.ROOT) : w;
        }
    }

    /** An initial ("J."), a dotted abbreviation ("U.S.") or a listed one ("Sen."). */
    private static boolean abbreviationBefore(String text, int i, int j, Set<String> abbreviations) {
        if (j - i == 1 && Character.isUpperCase(text.charAt(i))) {
            return true;
        }
        for (int k = i + 1; k < j; k++) {
            if (text.charAt(k) == '.') {
                return true;
            }
        }
        return j - i <= 5 && abbreviations.contains(text.substring(i, j).toLowerCase(Locale.ROOT) + ".");
    }

    private static boolean hasUpper(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    String text(int k) {
        return text.substring(start[k], end[k]);
    }

    boolean capitalised(int k) {
        return word[k] && Character.isUpperCase(text.charAt(start[k]));
    }

    boolean is(int k, char c) {
        return !word[k] && text.charAt(start[k]) == c;
    }

    /** First token whose start is at or after offset. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The word without a possessive ending. */
    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'S") || w.endsWith("\u2019S")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    static boolean possessive(String w) {
        return !stripPossessive(w).equals(w);
    }
}
