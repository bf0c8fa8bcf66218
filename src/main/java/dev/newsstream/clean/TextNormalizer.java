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
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
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
            if (isDropped(c)) {
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

    /** Soft hyphen, zero-width characters, BOM, and control characters other than tab/newline. */
    static boolean isDropped(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF' || c == '\u180E' || c == '\uFFFD'
                || (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u1680' || c == '\u000B' || c == '\u000C';
    }
}
