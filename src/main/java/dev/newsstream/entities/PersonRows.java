package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places in news layout where a name of two or more words is a person whatever the CRF, which
 * reads an unfamiliar foreign name as a firm, made of it: a ranked result entry followed by the
 * competitor's country or team in brackets ("2. Tomas Vello (Norland) 3:51.01"), a numbered
 * line-up entry ("6 - Tomas Vello"), and a byline, the line of its own before the dateline.
 */
final class PersonRows {

    private static final Set<String> HEADS = heads();
    /** A rank opening the line ("2. "), or a shirt number in a line-up ("6 - ", "(13 - "). */
    private static final Pattern RANK = Pattern.compile("(?:^|\\n)[ \\t]*\\d{1,3}\\.[ \\t]+$");
    private static final Pattern SHIRT = Pattern.compile("(?:^|[\\n(;,])[ \\t]*\\d{1,2}[ \\t]?-[ \\t]+$");
    /** A dateline: a place in capitals, an optional region, then a date. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\\- ]+(?:,[ \\t]*[A-Z][A-Za-z.'\\- ]{0,40})?[ \\t]+(?:\\d{4}-\\d{2}-\\d{2}"
                    + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?[ \\t]+\\d{1,2}\\b)");

    private PersonRows() {}

    static List<NerSpan> apply(String text, List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>(spans.size());
        for (NerSpan s : spans) {
            boolean person = s.type() != EntityType.PERSON && looksLikeAPersonName(text, s)
                    && (rankedEntry(text, s) || lineUpEntry(text, s) || byline(text, s));
            out.add(person ? new NerSpan(EntityType.PERSON, s.start(), s.end()) : s);
        }
        return out;
    }

    /** Two to four capitalised words, none of them an institutional head noun. */
    static boolean looksLikeAPersonName(String text, NerSpan s) {
        String[] words = text.substring(s.start(), s.end()).split(" +");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || HEADS.contains(w.toLowerCase(Locale.ROOT)) || OrganisationRules.isSuffix(w)) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0)) && Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    private static boolean rankedEntry(String text, NerSpan s) {
        return RANK.matcher(text.substring(Math.max(0, s.start() - 8), s.start())).find()
                && text.startsWith(" (", s.end());
    }

    private static boolean lineUpEntry(String text, NerSpan s) {
        return SHIRT.matcher(text.substring(Math.max(0, s.start() - 8), s.start())).find();
    }

    /** The span is its line, and the next non-blank line is a dateline. */
    private static boolean byline(String text, NerSpan s) {
        boolean lineStart = s.start() == 0 || text.charAt(s.start() - 1) == '\n';
        if (!lineStart || s.end() >= text.length() || text.charAt(s.end()) != '\n') {
            return false;
        }
        // Paragraphs may be separated by blank lines.
        int next = s.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        int nextEnd = text.indexOf('\n', next);
        return DATELINE.matcher(text.substring(next, nextEnd < 0 ? text.length() : nextEnd)).find();
    }

    private static Set<String> heads() {
        Set<String> out = new java.util.HashSet<>();
        for (String e : Lexicon.lines("org-heads.txt")) {
            out.add(e.endsWith("*") ? e.substring(0, e.length() - 1) : e);
        }
        return Set.copyOf(out);
    }
}
