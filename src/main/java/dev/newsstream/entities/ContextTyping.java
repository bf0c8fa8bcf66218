package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types a span by the words around it where the CRF, which sees a few words only, confuses a
 * place with an organisation: a dateline or "the town of X" names a place; a side in a sports result ("X beat Y",
 * "victory over Y") named after a city or region is a club, one named after a country is the
 * country (news style calls a national side by its country). One reading by the span's own words
 * comes first: the name of a natural feature is a place ("X Valley"; "River X" or "X Street" after
 * a preposition of place).
 */
final class ContextTyping {

    private static final Set<String> COUNTRIES = Set.copyOf(Lexicon.lines("countries.txt"));
    private static final List<String> RESULT_BEFORE = sided(Lexicon.lines("result-words.txt"), '<');
    private static final List<String> PLACE_BEFORE = Lexicon.lines("place-words.txt");
    private static final List<String> RESULT_AFTER = sided(Lexicon.lines("result-words.txt"), '>');
    private static final List<String> FEATURE_WORDS = Lexicon.lines("feature-words.txt");
    private static final Set<String> FEATURE_OPENERS = Lexicon.opening(FEATURE_WORDS, '<');
    private static final Set<String> FEATURE_CLOSERS = Lexicon.opening(FEATURE_WORDS, '>');
    private static final Set<String> PLACED_CLOSERS = Lexicon.opening(FEATURE_WORDS, '=');
    /** Prepositions of place before a name ("in the Orrin Valley", "on Keller Street"); not "at", "from" or "to", which take firms too. */
    private static final List<String> PLACE_PREPOSITIONS = List.of("in", "on", "along", "near", "across", "into", "off",
            "over", "through", "beside", "around", "beyond", "in the", "on the", "along the", "near the", "across the",
            "into the", "off the", "over the", "through the", "beside the", "around the", "beyond the", "up the", "down the");

    /** What follows a dateline's place on its line: an optional region, then a date or an agency. */
    private static final Pattern DATELINE_TAIL = Pattern.compile(
            "^(?:,[ \\t]*[A-Z][A-Za-z.'\\- ]{0,40}?)?,?[ \\t]+(?:\\d{4}-\\d{2}-\\d{2}"
                    + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?[ \\t]+\\d{1,2}\\b"
                    + "|\\([A-Z][A-Za-z ]{1,20}\\)[ \\t]*[-\u2013\u2014])");

    private ContextTyping() {}

    static NerSpan retype(String text, NerSpan span) {
        NerSpan s = naturalFeature(text, span);
        if (isDateline(text, s) || follows(wordsBefore(text, s.start(), 2), PLACE_BEFORE) || scene(text, s)) {
            return s.type() == EntityType.LOCATION ? s : new NerSpan(EntityType.LOCATION, s.start(), s.end());
        }
        if (s.type() != EntityType.LOCATION && s.type() != EntityType.ORGANIZATION) {
            return s;
        }
        if (!isSide(text, s)) {
            return s;
        }
        EntityType t = isCountry(SpanRepair.key(text.substring(s.start(), s.end())))
                ? EntityType.LOCATION : EntityType.ORGANIZATION;
        return t == s.type() ? s : new NerSpan(t, s.start(), s.end());
    }

    /**
     * "Corrano Valley", "in the River Aske", "on Keller Street": a natural feature's, a street's or a
     * square's name is a place, whatever the CRF, which has not met the name, guessed. Words that
     * also name people and firms ("Lake", "Bay", "Street", "Mount") count only after a preposition
     * of place; an opening word only in a name of two words ("Mount Orrin Hospital" is no
     * mountain). A side in a result is still retyped after.
     */
    static NerSpan naturalFeature(String text, NerSpan s) {
        if (s.type() != EntityType.PERSON && s.type() != EntityType.ORGANIZATION) {
            return s;
        }
        String[] words = text.substring(s.start(), s.end()).split("\\s+");
        if (words.length < 2) {
            return s;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean placed = (PLACED_CLOSERS.contains(last) || words.length == 2 && FEATURE_OPENERS.contains(words[0].toLowerCase(Locale.ROOT)))
                && follows(wordsBefore(text, s.start(), 2), PLACE_PREPOSITIONS);
        return FEATURE_CLOSERS.contains(last) || placed ? new NerSpan(EntityType.LOCATION, s.start(), s.end()) : s;
    }

    /**
     * "In Kestova, police said": a sentence opening "In X," sets the scene, and a scene is a
     * place (an organisation would be "At X," or "X said").
     */
    static boolean scene(String text, NerSpan s) {
        if (s.type() != EntityType.ORGANIZATION || s.start() < 3 || !text.startsWith("In ", s.start() - 3)
                || !text.startsWith(",", s.end())) {
            return false;
        }
        int i = s.start() - 3;
        return i == 0 || text.charAt(i - 1) == '\n' || i >= 2 && text.charAt(i - 1) == ' '
                && ".!?\"".indexOf(text.charAt(i - 2)) >= 0;
    }

    /** A country's name, also in a long form ("Republic of X", "Kingdom of X"). */
    static boolean isCountry(String key) {
        int of = key.lastIndexOf(" of ");
        return COUNTRIES.contains(key) || of > 0 && COUNTRIES.contains(key.substring(of + 4));
    }

    /** The span opens its line and is followed by a date or a news agency, as datelines are. */
    static boolean isDateline(String text, NerSpan s) {
        int i = s.start();
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) != '\n') {
            return false;
        }
        int lineEnd = text.indexOf('\n', s.end());
        String tail = text.substring(s.end(), lineEnd < 0 ? text.length() : Math.min(lineEnd, s.end() + 80));
        return DATELINE_TAIL.matcher(tail).find();
    }

    /** A result word or team role stands right before or right after the span. */
    static boolean isSide(String text, NerSpan s) {
        if (follows(wordsBefore(text, s.start(), 3), RESULT_BEFORE)) {
            return true;
        }
        String after = wordsAfter(text, s.end(), 2);
        for (String w : RESULT_AFTER) {
            if (after.equals(w) || after.startsWith(w + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The words before a span end with one of the phrases. */
    private static boolean follows(String before, List<String> phrases) {
        for (String w : phrases) {
            if (before.equals(w) || before.endsWith(" " + w)) {
                return true;
            }
        }
        return false;
    }

    /** Up to n lower-cased words directly before pos, with no punctuation between them and pos. */
    private static String wordsBefore(String text, int pos, int n) {
        int i = pos;
        int from = Math.max(0, pos - 60);
        while (i > from && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == pos) {
            return "";
        }
        int j = i;
        int words = 0;
        while (j > from && words < n) {
            int k = j;
            while (k > from && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            if (k == j) {
                break;
            }
            words++;
            j = k;
            if (words < n && j > from + 1 && text.charAt(j - 1) == ' ' && Character.isLetter(text.charAt(j - 2))) {
                j--;
            } else {
                break;
            }
        }
        return text.substring(j, i).strip().toLowerCase(Locale.ROOT);
    }

    /** Up to n lower-cased words directly after pos, with no punctuation between pos and them. */
    private static String wordsAfter(String text, int pos, int n) {
        int to = Math.min(text.length(), pos + 60);
        if (pos >= to || text.charAt(pos) != ' ') {
            return "";
        }
        int i = pos + 1;
        int j = i;
        int words = 0;
        while (j < to && words < n) {
            int k = j;
            while (k < to && Character.isLetter(text.charAt(k))) {
                k++;
            }
            if (k == j) {
                break;
            }
            words++;
            j = k;
            if (words < n && j + 1 < to && text.charAt(j) == ' ' && Character.isLetter(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return text.substring(i, j).strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> sided(List<String> entries, char side) {
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            char c = e.charAt(0);
            if (c != '<' && c != '>') {
                out.add(e);
            } else if (c == side) {
                out.add(e.substring(1).strip());
            }
        }
        return List.copyOf(out);
    }
}
