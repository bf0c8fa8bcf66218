package dev.newsstream.clean;

import dev.newsstream.clean.LineClassifier.Kind;
import dev.newsstream.clean.LineClassifier.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page's headline among the lines above the article. Page text puts a date, a section label,
 * a site name, a byline and other stories' headlines there too, all of them headline-shaped. What
 * singles out the article's own headline is that its words come back in the story: the lede
 * names the people, places and subject the headline announced. So the line with the most words
 * recurring in the article's opening paragraphs is the headline, or the line right above it when
 * that one shares enough too (a standfirst under its headline). A longer line ending with a full
 * stop is a standfirst or caption, not a headline. When no line shares enough (a headline
 * of puns), the first headline-shaped line stands, as it always did.
 */
final class Headline {
    /** How far above the body a headline is looked for, in non-empty lines. */
    private static final int WINDOW = 15;
    /** The first headline-shaped line is looked for closer in: further up sit menus and rails. */
    private static final int FALLBACK_WINDOW = 12;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 40;
    private static final int MAX_DOTTED_WORDS = 12;
    /** Body words compared: the opening paragraphs, where the lede restates the headline. */
    private static final int OPENING_WORDS = 250;
    private static final int OPENING_LINES = 15;
    /** Share of a line's words that must recur in the opening, and how many at least. */
    private static final double MIN_SHARE = 0.34;
    private static final int MIN_SHARED = 2;
    /** Shortest word compared: shorter ones are mostly function words, or fragments ("s" of "Trump's"). */
    private static final int MIN_TOKEN = 3;

    private Headline() {}

    /** Index of the headline above {@code bodyStart}, or -1. */
    static int index(List<Line> lines, int bodyStart) {
        Set<String> opening = opening(lines, bodyStart);
        int from = Math.max(0, bodyStart - WINDOW);
        int best = -1;
        double bestScore = 0;
        for (int i = from; i < bodyStart; i++) {
            double score = score(lines.get(i), opening);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return firstShaped(lines, bodyStart);
        }
        // A standfirst summarises the story and can share more with it than the headline right above it does.
        return best > from && score(lines.get(best - 1), opening) > 0 ? best - 1 : best;
    }

    /**
     * How many of the line's content words recur in the opening, with their share as the tie-break
     * (a site name of two words can share all of them); 0 when the line is no candidate or shares
     * too little.
     */
    private static double score(Line l, Set<String> opening) {
        return l.hard() ? 0 : score(l.text(), l.words(), opening);
    }

    private static double score(String text, int wordCount, Set<String> opening) {
        if (!plausible(text, wordCount)) {
            return 0;
        }
        int words = 0;
        int shared = 0;
        for (String t : Tokens.words(text)) {
            if (content(t)) {
                words++;
                shared += opening.contains(t) ? 1 : 0;
            }
        }
        double share = words == 0 ? 0 : shared / (double) words;
        return shared >= MIN_SHARED && share >= MIN_SHARE ? shared + share : 0;
    }

    /**
     * The HTML page's headline: its first heading, or its social or document title, as chosen from
     * the markup, unless that shares no word at all with the story's opening paragraphs and another
     * of them shares enough (an accessible page heads its menu with an h1 "Navigation", a shop's
     * page heads its article with a promotion). Among those, the earliest of the best.
     */
    static String confirm(String chosen, List<String> candidates, List<String> paragraphs) {
        Set<String> opening = opening(paragraphs);
        if (chosen != null && anyShared(chosen, opening)) {
            return chosen;
        }
        String best = chosen;
        double bestScore = 0;
        for (String c : candidates) {
            double score = score(c, Tokens.wordCount(c), opening);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** A breadcrumb trail's separators: what page text keeps of a "Home › Section › Headline" line. */
    private static final Pattern CRUMB = Pattern.compile("\\s?[→›»>]\\s?");
    /** A bar separates a trail only when there are two: "Headline | Subtitle" is one headline. */
    private static final Pattern BARS = Pattern.compile("\\s?\\|\\s?");

    /**
     * The headline without the breadcrumb trail in front of it ("Home → World → Headline",
     * "Start|Magazine|Tips|Headline"): the part after the last separator, when that part still
     * reads as a headline of three words or more.
     */
    static String text(String line) {
        String[] parts = CRUMB.split(line);
        if (parts.length == 1 && line.indexOf('|') != line.lastIndexOf('|')) {
            parts = BARS.split(line);
        }
        String last = parts[parts.length - 1].strip();
        return parts.length > 1 && Tokens.wordCount(last) >= MIN_WORDS ? last : line;
    }

    /** The first headline-shaped line shortly before the body that is not a standfirst, a date or a time. */
    static int firstShaped(List<Line> lines, int bodyStart) {
        for (int i = Math.max(0, bodyStart - FALLBACK_WINDOW); i < bodyStart; i++) {
            Line l = lines.get(i);
            if (l.titleShaped() && !sentence(l) && !dateShaped(l.text())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the story repeats any content word of the line. */
    private static boolean anyShared(String text, Set<String> opening) {
        for (String t : Tokens.words(text)) {
            if (content(t) && opening.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that may be a headline: a headline's length, not a sentence (ending with a full stop
     * or announcing what follows), not a dateline, and not opening in lower case (a tag list, a
     * glued label). Long headlines count here (tabloids write forty words), and so does the first
     * of two copies (breadcrumb and heading).
     */
    private static boolean plausible(String t, int words) {
        return words >= MIN_WORDS && words <= MAX_WORDS && !t.endsWith(":") && !t.endsWith(".")
                && !Character.isLowerCase(t.codePointAt(0)) && !dateShaped(t);
    }

    /**
     * A standfirst, caption or lede: a line ending with a full stop and longer than a headline.
     * Some papers do end a short headline with one ("Virginian could make history. Again."), so the
     * first headline-shaped line may; a line sharing words with the story may not, since a
     * standfirst shares the most.
     */
    private static boolean sentence(Line l) {
        return l.text().endsWith(".") && l.words() > MAX_DOTTED_WORDS;
    }

    /** A year (1900-2099), a clock time or a numeric date: what a dateline has. */
    private static final Pattern DATE_FIGURE = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\d:\\d\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    private static final int MAX_DATELINE_WORDS = 3;

    /**
     * A dateline or time stamp: a year, a time or a numeric date, and hardly any words besides
     * ("Posted on April 29, 2031", "Dienstag, 1. Februar 2031", "Jan. 28, 2031, at 5:55 AM"). A
     * headline with a year has words around it ("The 2031 Endorsement Race Is Getting Interesting").
     */
    static boolean dateShaped(String text) {
        if (!DATE_FIGURE.matcher(text).find()) {
            return false;
        }
        int words = 0;
        for (String t : Tokens.words(text)) {
            words += !Character.isDigit(t.charAt(0)) && content(t) ? 1 : 0;
        }
        return words <= MAX_DATELINE_WORDS;
    }

    private static Set<String> opening(List<Line> lines, int bodyStart) {
        List<String> body = new ArrayList<>();
        for (int i = bodyStart; i < lines.size() && i < bodyStart + OPENING_LINES; i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.GOOD || l.kind() == Kind.NEAR) {
                body.add(l.text());
            }
        }
        return opening(body);
    }

    /** Content words of the first paragraphs, up to {@link #OPENING_WORDS}. */
    private static Set<String> opening(List<String> paragraphs) {
        Set<String> out = new HashSet<>();
        int taken = 0;
        for (int i = 0; i < paragraphs.size() && taken < OPENING_WORDS; i++) {
            for (String t : Tokens.words(paragraphs.get(i))) {
                if (content(t)) {
                    out.add(t);
                    taken++;
                }
            }
        }
        return out;
    }

    /** A word that says what the story is about: not a function word of any of the stop-word languages. */
    private static boolean content(String token) {
        if (token.length() < MIN_TOKEN || Lexicon.get().stopwordBits.containsKey(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
