package dev.newsstream.clean;

import dev.newsstream.clean.LineClassifier.Line;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rails of other stories' headlines ("More top stories", "What to watch next"). In page text such a
 * box lists one headline per line, each long enough and with enough stop words to pass for a body
 * paragraph, and a long rail can outweigh the article it follows. The run gives it away: six or
 * more headline-length lines in a row, none ending like a sentence or a verse line (full stop,
 * comma, semicolon) or announcing what follows with a colon, none a row of figures (a table), each
 * opening with a capital, a figure or a quote mark. The article's paragraphs end with their full
 * stops, and a hard-wrapped paragraph is joined before this (its continuation lines open in lower
 * case anyway). A short label after a headline (a source name, an ad slot) neither breaks the run
 * nor counts for it; two labels do break it, since the page's own header (section, date, byline)
 * follows a rail that way. A run announced by a colon ("The bill would:") is the article's own
 * list. A rail's lines are furniture inside the page (they separate the article from what follows
 * and are never taken for its listings) but no evidence that the page has furniture: on a page
 * with no other furniture a list of this shape (a timeline, key points without their bullet marks)
 * is the article's, and the page is kept whole.
 */
final class HeadlineRails {
    private static final int MIN_RUN = 6;
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;
    private static final int MAX_LABEL_WORDS = 3;

    private HeadlineRails() {}

    static void mark(Line[] lines) {
        boolean[] shaped = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            shaped[i] = headlineShaped(lines[i]);
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i <= lines.length; i++) {
            if (i < lines.length && shaped[i]) {
                first = count == 0 ? i : first;
                count++;
                continue;
            }
            boolean label = i < lines.length && lines[i].words() <= MAX_LABEL_WORDS && !lines[i].text().endsWith(":");
            if (label && count > 0 && shaped[i - 1]) {
                continue;
            }
            boolean announced = first > 0 && lines[first - 1].text().endsWith(":");
            if (count >= MIN_RUN && !announced) {
                for (int k = first; k < i; k++) {
                    lines[k] = shaped[k] ? lines[k].asRail() : lines[k];
                }
            }
            count = 0;
        }
    }

    /** Whether the lines hold a rail's run: {@link #MIN_RUN} headline-shaped lines in a row, a short label after each allowed. */
    static boolean railShaped(List<Line> lines) {
        int run = 0;
        for (int i = 0; i < lines.size() && run < MIN_RUN; i++) {
            Line l = lines.get(i);
            if (headlineShaped(l)) {
                run++;
            } else if (l.words() > MAX_LABEL_WORDS || i == 0 || !headlineShaped(lines.get(i - 1))) {
                run = 0;
            }
        }
        return run >= MIN_RUN;
    }

    private static boolean headlineShaped(Line l) {
        String t = l.text();
        return !l.hard() && l.words() >= MIN_WORDS && l.words() <= MAX_WORDS && !LineClassifier.endsLikeSentence(t)
                && !t.endsWith(":") && !t.endsWith(",") && !t.endsWith(";") && opensLikeHeadline(t)
                && !LineClassifier.listItem(t) && !LineClassifier.codeShaped(t) && !figureRow(l.tokens())
                && !LineClassifier.sentenceWithSource(t) && !timelineEntry(l.tokens(), t);
    }

    /** Words of a timeline entry's stamp before its dash: "Monday 9pm –", "14 March, 10.30am –". */
    private static final int MAX_STAMP_WORDS = 4;
    private static final Pattern STAMP_DASH = Pattern.compile("\\s[–—-]\\s");

    /**
     * A timeline's entry: a stamp, then a dash and what happened ("Tuesday 2am – The roof
     * collapses"). The stamp holds a figure or a weekday or month name; a rail's headline does not
     * open that way.
     */
    static boolean timelineEntry(List<String> tokens, String t) {
        java.util.regex.Matcher dash = STAMP_DASH.matcher(t);
        if (!dash.find()) {
            return false;
        }
        int stampWords = Tokens.wordCount(t.substring(0, dash.start()));
        if (stampWords == 0 || stampWords > MAX_STAMP_WORDS) {
            return false;
        }
        for (int k = 0; k < Math.min(stampWords, tokens.size()); k++) {
            String w = tokens.get(k);
            if (Character.isDigit(w.charAt(0)) || Lexicon.get().datelineWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensLikeHeadline(String t) {
        int c = t.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘„«¿¡".indexOf(c) >= 0;
    }

    /** A table row: a third or more of its tokens are figures ("1 Arsenal 38 26 6 6 88 43 45 84"). */
    private static boolean figureRow(List<String> tokens) {
        int figures = 0;
        for (String token : tokens) {
            figures += Character.isDigit(token.charAt(0)) ? 1 : 0;
        }
        return 3 * figures >= tokens.size();
    }
}
