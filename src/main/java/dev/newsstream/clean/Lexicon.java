package dev.newsstream.clean;

import dev.newsstream.lexicon.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The word and phrase lists of the clean stage, loaded once from the data files next to this class. */
final class Lexicon {
    private static volatile Lexicon instance;

    /**
     * Where a language's signature bits start in {@link #stopwordBits}: bit {@code SIGNATURE_SHIFT + k}
     * marks a word frequent in language k and not in its neighbours.
     */
    static final int SIGNATURE_SHIFT = 16;
    /** Stop-word languages, in bit order of {@link #stopwordBits}. */
    static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt", "it", "pl");
    /** Word to a bit set of the languages whose stop-word list holds it: one hash lookup per token. */
    final Map<String, Integer> stopwordBits;
    final PhraseMatcher cta;
    /** First-person cookie notices, counted near a line's start only. */
    final PhraseMatcher consent;
    final PhraseMatcher appeal;
    /** A site's standing notices and prompts, which open their line ("Comments are closed"). */
    final PhraseMatcher notice;
    /** "Advertisement", "Story continues below": an ad slot's label, a whole line. */
    final PhraseMatcher adLabel;
    final PhraseMatcher teaser;
    /** "Related", "Explore further": the label of a box of links to other articles, alone on its line. */
    final PhraseMatcher related;
    /** "More in", "Más sobre": such a label with a name after it. */
    final PhraseMatcher relatedHead;
    /** "Email us", "follow us": furniture only next to an address or handle. */
    final PhraseMatcher contact;
    final Set<String> furnitureTokens;
    /** A paragraph opening with a label such as "Disclaimer:" or "Editorial disclaimer (…):". */
    final Pattern disclaimerLabel;
    /** The count-heading nouns, form invitations, reply buttons and header verbs of comment sections. */
    final Set<String> commentNouns;
    final PhraseMatcher commentInvite;
    final PhraseMatcher commentReply;
    final Set<String> commentVerbs;
    /** Past-tense verbs of a blog's comment header, before an ellipsis ("Anonymous said..."). */
    final Set<String> commentSaid;
    /** Month and weekday names, stamp words ("updated", "Uhr") and reading-time words of datelines. */
    final Set<String> datelineWords;
    /** Units after a quantity in a list item ("1 tsp salt", "250 g de açúcar"). */
    final Set<String> quantityUnits;

    private Lexicon() {
        Map<String, Integer> sw = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            int bit = 1 << i;
            for (String w : words("stopwords-" + LANGUAGES.get(i) + ".txt")) {
                sw.merge(w, bit, (a, b) -> a | b);
            }
        }
        Map<String, List<String>> signatures = kinds(lines("stopword-signatures.txt"));
        for (int i = 0; i < LANGUAGES.size(); i++) {
            int bit = 1 << (SIGNATURE_SHIFT + i);
            for (String w : signatures.getOrDefault(LANGUAGES.get(i), List.of())) {
                sw.merge(w, bit, (a, b) -> a | b);
            }
        }
        stopwordBits = Map.copyOf(sw);
        cta = new PhraseMatcher(lines("cta-phrases.txt"));
        appeal = new PhraseMatcher(lines("appeal-phrases.txt"));
        notice = new PhraseMatcher(lines("notice-phrases.txt"));
        adLabel = new PhraseMatcher(lines("ad-labels.txt"));
        consent = new PhraseMatcher(lines("consent-phrases.txt"));
        teaser = new PhraseMatcher(lines("teaser-phrases.txt"));
        related = new PhraseMatcher(lines("related-labels.txt"));
        relatedHead = new PhraseMatcher(lines("related-label-heads.txt"));
        contact = new PhraseMatcher(lines("contact-phrases.txt"));
        furnitureTokens = Set.copyOf(lines("furniture-tokens.txt"));
        disclaimerLabel = labelPattern(lines("disclaimer-labels.txt"));
        Map<String, List<String>> comment = kinds(lines("comment-section.txt"));
        commentNouns = Set.copyOf(comment.getOrDefault("noun", List.of()));
        commentInvite = new PhraseMatcher(comment.getOrDefault("invite", List.of()));
        commentReply = new PhraseMatcher(comment.getOrDefault("reply", List.of()));
        commentVerbs = Set.copyOf(comment.getOrDefault("verb", List.of()));
        commentSaid = Set.copyOf(comment.getOrDefault("said", List.of()));
        datelineWords = Set.copyOf(words("dateline-words.txt"));
        quantityUnits = Set.copyOf(words("quantity-units.txt"));
    }

    static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = instance;
                if (l == null) {
                    l = new Lexicon();
                    instance = l;
                }
            }
        }
        return l;
    }

    /** Up to two words before one of {@code labels}, an optional parenthesis, then a colon, at a paragraph's start. */
    private static Pattern labelPattern(List<String> labels) {
        String alternatives = String.join("|", labels.stream().map(Pattern::quote).toList());
        return Pattern.compile("^(?:[\\p{L}\\p{M}'’-]+\\s+){0,2}(?:" + alternatives + ")\\s*(?:\\([^)]{0,100}\\)\\s*)?:",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Entries written "kind: phrase", grouped by kind. */
    private static Map<String, List<String>> kinds(List<String> entries) {
        Map<String, List<String>> out = new HashMap<>();
        for (String e : entries) {
            int colon = e.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("lexicon entry without a kind: " + e);
            }
            out.computeIfAbsent(e.substring(0, colon).strip(), k -> new ArrayList<>()).add(e.substring(colon + 1).strip());
        }
        return out;
    }

    private static List<String> words(String resource) {
        return WordLists.words(Lexicon.class, resource);
    }

    private static List<String> lines(String resource) {
        return WordLists.lines(Lexicon.class, resource);
    }

    /** Word-token phrase lookup indexed by first token, so a line is matched in one pass. */
    static final class PhraseMatcher {
        private final Map<String, List<String[]>> byFirst = new HashMap<>();

        PhraseMatcher(List<String> phrases) {
            Set<String> seen = new HashSet<>();
            for (String p : phrases) {
                List<String> toks = Tokens.words(p);
                if (!toks.isEmpty() && seen.add(String.join(" ", toks))) {
                    byFirst.computeIfAbsent(toks.get(0), k -> new ArrayList<>()).add(toks.toArray(new String[0]));
                }
            }
        }

        /** Length in tokens of the longest phrase found in {@code toks}, 0 when none. */
        int longestMatch(List<String> toks) {
            int best = 0;
            for (int i = 0; i < toks.size(); i++) {
                best = Math.max(best, longestAt(toks, i));
            }
            return best;
        }

        /** Where the first phrase found in {@code toks} starts, among its first {@code limit} tokens; -1 when none. */
        int firstAt(List<String> toks, int limit) {
            for (int i = 0; i < Math.min(limit, toks.size()); i++) {
                if (longestAt(toks, i) > 0) {
                    return i;
                }
            }
            return -1;
        }

        /** Length in tokens of the longest phrase that {@code toks} starts with, 0 when none. */
        int prefixMatch(List<String> toks) {
            return toks.isEmpty() ? 0 : longestAt(toks, 0);
        }

        private int longestAt(List<String> toks, int i) {
            int best = 0;
            List<String[]> cands = byFirst.get(toks.get(i));
            if (cands != null) {
                for (String[] p : cands) {
                    if (p.length > best && i + p.length <= toks.size() && matchesAt(toks, i, p)) {
                        best = p.length;
                    }
                }
            }
            return best;
        }

        /** Number of phrase occurrences in {@code toks} (overlapping ones included). */
        int count(List<String> toks) {
            int n = 0;
            for (int i = 0; i < toks.size(); i++) {
                List<String[]> cands = byFirst.get(toks.get(i));
                if (cands == null) {
                    continue;
                }
                for (String[] p : cands) {
                    if (i + p.length <= toks.size() && matchesAt(toks, i, p)) {
                        n++;
                    }
                }
            }
            return n;
        }

        private static boolean matchesAt(List<String> toks, int i, String[] p) {
            for (int k = 1; k < p.length; k++) {
                if (!toks.get(i + k).equals(p[k])) {
                    return false;
                }
            }
            return true;
        }
    }
}
