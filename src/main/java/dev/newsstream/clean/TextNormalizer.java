package dev.newsstream.clean;

import java.text.Normalizer;

/**
 * Unicode clean-up shared by both extractors: NFC, invisible characters dropped, every kind of
 * space made a plain space, runs of spaces collapsed. Typographic quotes are left alone because
 * quote extraction downstream relies on them.
 */
final class TextNormalizer {
    private TextNormalizer() {}

    /** Normalises one line or paragraph: no newlines remain, no leading or trailing space. */
    static String line(String s) {
        return collapse(s, false);
    }

    /** Normalises a whole text, keeping line breaks (CR and CRLF become LF). */
    static String text(String s) {
        return collapse(s, true);
    }

    private static String collapse(String s, boolean keepNewlines) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String safe = streamSafe(s);
        String n = Normalizer.isNormalized(safe, Normalizer.Form.NFC) ? safe : Normalizer.normalize(safe, Normalizer.Form.NFC);
        // Plain arrays: this loop sees every character of every page, a StringBuilder per char costs double.
        char[] in = n.toCharArray();
        char[] out = new char[in.length];
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (c > ' ' && c < 0x7F) {
                // Printable ASCII, nearly every character of a page: neither space nor dropped.
                if (pendingSpace && len > 0 && out[len - 1] != '\n') {
                    out[len++] = ' ';
                }
                pendingSpace = false;
                out[len++] = c;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                if (keepNewlines) {
                    while (len > 0 && out[len - 1] == ' ') {
                        len--;
                    }
                    out[len++] = '\n';
                    pendingSpace = false;
                } else {
                    pendingSpace = true;
                }
                continue;
            }
            if (isDropped(c) && !(isJoiner(c) && !pendingSpace && len > 0 && i + 1 < in.length
                    && inWord(out[len - 1]) && inWord(in[i + 1]))) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && len > 0 && out[len - 1] != '\n') {
                out[len++] = ' ';
            }
            pendingSpace = false;
            out[len++] = c;
        }
        while (len > 0 && out[len - 1] == ' ') {
            len--;
        }
        int from = 0;
        while (from < len && out[from] == ' ') {
            from++;
        }
        return new String(out, from, len - from);
    }

    /**
     * Cuts every run of combining marks to {@link #MAX_MARKS}, as the stream-safe format of UAX #15
     * does: NFC sorts a run of marks by insertion, so one run of 300k marks ("zalgo" floods) would
     * cost minutes. No real script stacks more than a few marks on one letter.
     */
    static String streamSafe(String s) {
        int run = 0;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = c >= 0x0300 && isMark(c);
            run = mark ? run + 1 : 0;
            if (run > MAX_MARKS) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static final int MAX_MARKS = 30;

    static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A zero-width non-joiner or joiner: between two letters it is spelling (Persian writes
     * "ساختمان‌های" with one, Indic scripts choose a letter's form with them), elsewhere (and in Latin,
     * Greek or Cyrillic words) it is dropped.
     */
    static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    /** Below Hebrew no script spells with joiners: in Latin text they only break a ligature ("Auf‌lage"). */
    private static final char FIRST_JOINING_SCRIPT = '\u0590';

    private static boolean inWord(char c) {
        return c >= FIRST_JOINING_SCRIPT && (Character.isLetter(c) || isMark(c));
    }

    /** Soft hyphen, zero-width characters, BOM, and control characters other than tab/newline. */
    static boolean isDropped(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF' || c == '\u180E' || c == '\uFFFD'
                // bidi embeddings, overrides and isolates: invisible, and they can make text read other than it is stored
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u1680' || c == '\u000B' || c == '\u000C';
    }
}
