package dev.newsstream.clean;

import java.util.Locale;
import java.util.Set;

/**
 * A single linear pass over raw markup that finds its element count and nesting depth before any
 * parser builds a tree, so that hostile input (100k nested tags) costs O(n) time and O(1) memory.
 * Also sniffs whether an AUTO body is HTML at all.
 */
final class MarkupGuard {
    /** Elements that never hold children, or whose end tag browsers imply; they do not deepen nesting. */
    private static final Set<String> FLAT = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype");

    private static final Set<String> SNIFF = Set.of(
            "html", "head", "body", "div", "p", "span", "a", "article", "section", "br", "h1", "h2", "h3",
            "table", "ul", "li", "meta", "title", "script", "style", "!doctype", "main", "header", "img");

    /** Characters of a body, outside comments, scripts and styles, in which the sniff looks for tags. */
    static final int SNIFF_CHARS = 4096;
    /** The most characters the sniff reads whatever they are, so that it stays cheap on any input. */
    private static final int SNIFF_SCAN_CHARS = 256 * 1024;

    record Shape(int elements, int maxDepth) {}

    private MarkupGuard() {}

    /**
     * True when the text starts like a document or carries several well-known tags within its
     * first {@value #SNIFF_CHARS} characters. The contents of comments, scripts and styles do not
     * count towards those characters: a page may open with a long inline style sheet.
     */
    static boolean looksLikeHtml(String body) {
        String s = body.length() > SNIFF_SCAN_CHARS ? body.substring(0, SNIFF_SCAN_CHARS) : body;
        int i = 0;
        while (i < s.length() && i < SNIFF_CHARS && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        String head = s.substring(i, Math.min(s.length(), i + 15)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")) {
            return true;
        }
        int counted = 0;
        int known = 0;
        int from = i;
        for (int k = s.indexOf('<', i); k >= 0; ) {
            counted += k - from;
            if (counted > SNIFF_CHARS) {
                return false;
            }
            boolean closing = k + 1 < s.length() && s.charAt(k + 1) == '/';
            String name = tagName(s, k + (closing ? 2 : 1));
            if (SNIFF.contains(name) && ++known >= 3) {
                return true;
            }
            int skipTo = k + 1;
            if (s.startsWith("<!--", k)) {
                skipTo = s.indexOf("-->", k + 4);
            } else if (!closing && (name.equals("script") || name.equals("style"))) {
                skipTo = indexOfIgnoreCase(s, "</" + name, k + 1);
            }
            if (skipTo < 0) {
                return false;
            }
            from = skipTo;
            k = s.indexOf('<', skipTo);
        }
        return false;
    }

    /**
     * Counts elements and the deepest nesting, stopping early once either limit is passed. Comments,
     * script/style contents and flat elements are skipped.
     */
    static Shape measure(String s, int depthLimit, int elementLimit) {
        int elements = 0;
        int depth = 0;
        int maxDepth = 0;
        int n = s.length();
        int i = s.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char next = s.charAt(i + 1);
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                i = end < 0 ? -1 : s.indexOf('<', end + 3);
                continue;
            }
            boolean closing = next == '/';
            String name = tagName(s, closing ? i + 2 : i + 1);
            int gt = s.indexOf('>', i + 1);
            if (name.isEmpty() || gt < 0) {
                i = gt < 0 ? -1 : s.indexOf('<', i + 1);
                continue;
            }
            boolean selfClosing = s.charAt(gt - 1) == '/';
            if (closing) {
                if (!FLAT.contains(name) && depth > 0) {
                    depth--;
                }
            } else {
                elements++;
                if (!FLAT.contains(name) && !selfClosing) {
                    depth++;
                    maxDepth = Math.max(maxDepth, depth);
                }
                if (name.equals("script") || name.equals("style") || name.equals("textarea")) {
                    int end = indexOfIgnoreCase(s, "</" + name, gt + 1);
                    if (end < 0) {
                        break;
                    }
                    gt = end - 1;
                }
            }
            if (maxDepth > depthLimit || elements > elementLimit) {
                break;
            }
            i = s.indexOf('<', gt + 1);
        }
        return new Shape(elements, maxDepth);
    }

    private static String tagName(String s, int from) {
        int j = from;
        while (j < s.length() && j - from < 12) {
            char c = s.charAt(j);
            if (!(Character.isLetterOrDigit(c) || (c == '!' && j == from))) {
                break;
            }
            j++;
        }
        if (j == from || !(Character.isLetter(s.charAt(from)) || s.charAt(from) == '!')) {
            return "";
        }
        return s.substring(from, j).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = needle.length();
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, n)) {
                return i;
            }
        }
        return -1;
    }
}
