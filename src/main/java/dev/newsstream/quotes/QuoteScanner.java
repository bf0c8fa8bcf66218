package dev.newsstream.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quoted stretches by a linear scan. Each paragraph (a line) is scanned at most once per
 * mark kind: an opener that never closes disables its kind for the rest of that paragraph, so
 * thousands of stray marks cost linear time. Quotes running over several paragraphs (opening
 * mark on each, closing mark only on the last) are joined into one span.
 */
final class QuoteScanner {
    /** Mark kinds; double kinds come first. */
    static final int CURLY = 0, STRAIGHT = 1, DOUBLED_SINGLE = 2, SINGLE_CURLY = 3, SINGLE_STRAIGHT = 4;
    private static final int KINDS = 5;

    /** open/close: the marks' outer bounds; start/end: the trimmed quoted words. */
    record Span(int open, int start, int end, int close, int kind) {}

    private record ParaResult(int start, int end, List<Span> spans, int[] failedAt) {}

    private final Set<String> elisions;

    QuoteScanner(Set<String> elisions) {
        this.elisions = elisions;
    }

    List<Span> scan(String s) {
        List<ParaResult> paras = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int e = s.indexOf('\n', i);
            if (e < 0) {
                e = n;
            }
            if (!s.substring(i, e).isBlank()) {
                paras.add(scanParagraph(s, i, e));
            }
            i = e + 1;
        }
        List<Span> out = new ArrayList<>();
        int p = 0;
        int[] failedChainEnd = {-1, -1, -1};
        while (p < paras.size()) {
            ParaResult r = paras.get(p);
            int joined = tryJoin(s, paras, p, out, failedChainEnd);
            if (joined > p) {
                p = joined + 1;
                continue;
            }
            out.addAll(r.spans());
            p++;
        }
        return out;
    }

    /**
     * When paragraph p ends inside an unclosed double quote and the following paragraphs open
     * with the same mark, join them up to the paragraph whose opening quote closes. Returns the
     * index of the last joined paragraph, or p when there is no join.
     */
    private int tryJoin(String s, List<ParaResult> paras, int p, List<Span> out, int[] failedChainEnd) {
        ParaResult r = paras.get(p);
        for (int kind = CURLY; kind <= DOUBLED_SINGLE; kind++) {
            int open = r.failedAt()[kind];
            if (open < 0 || p < failedChainEnd[kind]) {
                continue; // a chain through here already failed: retrying would be quadratic
            }
            for (int q = p + 1; q < paras.size(); q++) {
                ParaResult next = paras.get(q);
                int first = firstNonSpace(s, next.start(), next.end());
                if (first < 0 || openerKind(s, first, next.start(), next.end()) != kind) {
                    failedChainEnd[kind] = q;
                    break;
                }
                if (next.failedAt()[kind] == first) {
                    continue;
                }
                Span closing = null;
                for (Span sp : next.spans()) {
                    if (sp.open() == first) {
                        closing = sp;
                    }
                }
                if (closing == null) {
                    failedChainEnd[kind] = q;
                    break;
                }
                int len = markLength(kind);
                int[] trimmed = trim(s, open + len, closing.end());
                Span joined = new Span(open, trimmed[0], trimmed[1], closing.close(), kind);
                for (Span sp : r.spans()) {
                    if (sp.close() <= open) {
                        out.add(sp);
                    }
                }
                out.add(joined);
                for (Span sp : next.spans()) {
                    if (sp.open() >= closing.close()) {
                        out.add(sp);
                    }
                }
                return q;
            }
            if (p < failedChainEnd[kind]) {
                continue;
            }
            failedChainEnd[kind] = paras.size();
        }
        return p;
    }

    private ParaResult scanParagraph(String s, int ps, int pe) {
        List<Span> spans = new ArrayList<>();
        int[] failed = {-1, -1, -1, -1, -1};
        boolean[] disabled = new boolean[KINDS];
        int i = ps;
        int kind = -1;
        int openPos = -1;
        boolean innerCurly = false;
        while (true) {
            if (i >= pe) {
                if (kind < 0) {
                    break;
                }
                // unclosed: this kind has no closer after openPos, so disable it and rescan
                failed[kind] = openPos;
                disabled[kind] = true;
                i = openPos + markLength(kind);
                kind = -1;
                continue;
            }
            if (kind < 0) {
                int k = openerKind(s, i, ps, pe);
                if (k >= 0 && !disabled[k]) {
                    kind = k;
                    openPos = i;
                    innerCurly = false;
                    i += markLength(k);
                } else {
                    i++;
                }
                continue;
            }
            if (kind == CURLY && s.charAt(i) == '\u201C') {
                openPos = i; // a second opening mark: the first one lost its closer
                i++;
                continue;
            }
            if (kind == STRAIGHT && s.charAt(i) == '\u201C') {
                innerCurly = true; // a curly pair nested in a straight quote
            } else if (kind == STRAIGHT && innerCurly && s.charAt(i) == '\u201D') {
                innerCurly = false;
                i++;
                continue;
            }
            int cl = closerLength(s, i, kind, pe);
            if (cl > 0) {
                int[] t = trim(s, openPos + markLength(kind), i);
                if (t[1] > t[0]) {
                    spans.add(new Span(openPos, t[0], t[1], i + cl, kind));
                }
                i += cl;
                kind = -1;
            } else {
                i++;
            }
        }
        return new ParaResult(ps, pe, spans, failed);
    }

    static int markLength(int kind) {
        return kind == DOUBLED_SINGLE ? 2 : 1;
    }

    int openerKind(String s, int i, int ps, int pe) {
        char c = s.charAt(i);
        if (c != '\u201C' && c != '"' && c != '\u2018' && c != '\'') {
            return -1; // the common case: not a mark at all
        }
        char prev = i > ps ? s.charAt(i - 1) : ' ';
        char next = i + 1 < pe ? s.charAt(i + 1) : ' ';
        switch (c) {
            case '\u201C':
                return CURLY;
            case '"':
                return Tokens.space(next) && !Tokens.space(prev) ? -1 : STRAIGHT;
            case '\u2018':
                return singleOpener(s, i, prev, next, pe) ? SINGLE_CURLY : -1;
            case '\'':
                if (next == '\'') {
                    char after = i + 2 < pe ? s.charAt(i + 2) : ' ';
                    return Tokens.space(after) || Character.isLetterOrDigit(prev) ? -1 : DOUBLED_SINGLE;
                }
                return singleOpener(s, i, prev, next, pe) ? SINGLE_STRAIGHT : -1;
            default:
                return -1;
        }
    }

    /** A single mark opens a quote after a space or bracket, before a word that is not an elision. */
    private boolean singleOpener(String s, int i, char prev, char next, int pe) {
        if (!(Tokens.space(prev) || "([{\u2014\u2013-/\"\u201C".indexOf(prev) >= 0 || i == 0)) {
            return false;
        }
        if (!Character.isLetterOrDigit(next)) {
            return false;
        }
        int j = i + 1;
        while (j < pe && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        String word = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
        if (Character.isDigit(word.charAt(0))) {
            return !(word.length() <= 3 && (word.length() == 2 || word.endsWith("s"))); // '90s, '16
        }
        return !elisions.contains(word);
    }

    private static int closerLength(String s, int i, int kind, int pe) {
        char c = s.charAt(i);
        switch (kind) {
            case CURLY:
            case STRAIGHT:
                return c == '\u201D' || c == '"' ? 1 : 0; // mixed marks are common in copy-edited text
            case DOUBLED_SINGLE:
                return c == '\'' && i + 1 < pe && s.charAt(i + 1) == '\'' ? 2 : 0;
            case SINGLE_CURLY:
                return c == '\u2019' && singleCloser(s, i, pe) ? 1 : 0;
            case SINGLE_STRAIGHT:
                return c == '\'' && singleCloser(s, i, pe) ? 1 : 0;
            default:
                return 0;
        }
    }

    /** Not an apostrophe inside a word (don't), and not a plural possessive (voters' rights). */
    private static boolean singleCloser(String s, int i, int pe) {
        char prev = s.charAt(i - 1);
        char next = i + 1 < pe ? s.charAt(i + 1) : ' ';
        if (Tokens.space(prev) || Character.isLetterOrDigit(next)) {
            return false;
        }
        if ((prev == 's' || prev == 'S') && next == ' ' && i + 2 < pe && Character.isLowerCase(s.charAt(i + 2))) {
            return false;
        }
        return true;
    }

    private static int firstNonSpace(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!Tokens.space(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static int[] trim(String s, int a, int b) {
        while (a < b && Tokens.space(s.charAt(a))) {
            a++;
        }
        while (b > a && Tokens.space(s.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }
}
