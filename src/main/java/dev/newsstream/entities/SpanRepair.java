package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * General repairs of the spans a CRF produces on news text: line breaks, edge punctuation,
 * possessives, a lowercase "the", headline words glued in front, titles and roles in person
 * spans, pronouns and nationality words. Offsets only ever shrink, so every span stays a
 * substring of the text.
 */
final class SpanRepair {

    private static final Set<String> PRONOUNS = Set.copyOf(Lexicon.lines("pronouns.txt"));
    private static final Set<String> DEMONYMS = Set.copyOf(Lexicon.lines("demonyms.txt"));
    private static final Set<String> GLUE = Lexicon.plain(Lexicon.lines("glue-words.txt"));
    private static final Set<String> GLUE_NAMES = Lexicon.starred(Lexicon.lines("glue-words.txt"));
    private static final List<List<String>> TITLES = titles(Lexicon.lines("titles.txt"));
    private static final java.util.Map<String, List<List<String>>> TITLES_BY_FIRST = byFirstWord(TITLES);
    private static final Set<String> TITLE_SURNAMES = Lexicon.starred(Lexicon.lines("titles.txt"));
    private static final Set<String> AGENT_WORDS = Set.copyOf(Lexicon.lines("agent-words.txt"));
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final String EDGE_PUNCT = "\"“”‘’'`(),;:[]{}<>«»-–—*/|!?";

    private SpanRepair() {}

    /** Repaired, non-overlapping spans in text order. */
    static List<NerSpan> repair(String text, List<NerSpan> spans) {
        List<NerSpan> first = new ArrayList<>();
        for (NerSpan s : spans) {
            if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
                continue;
            }
            for (NerSpan piece : splitLines(text, s)) {
                NerSpan r = clean(text, piece);
                if (r != null) {
                    first.add(r);
                }
            }
        }
        first = ownedEndings(text, first);
        Set<String> surfaces = new HashSet<>();
        for (NerSpan s : first) {
            surfaces.add(key(text.substring(s.start(), s.end())));
        }
        List<NerSpan> out = new ArrayList<>();
        List<NerSpan> prefixes = new ArrayList<>();
        List<NerSpan> parts = new ArrayList<>();
        for (NerSpan s : first) {
            for (NerSpan c : splitCoordination(text, s, surfaces)) {
                parts.addAll(splitCompound(text, c, surfaces));
            }
        }
        for (NerSpan s : parts) {
            NerSpan r = unglue(text, s, surfaces);
            if (completesTitle(text, r)) {
                continue;
            }
            if (r.type() == EntityType.PERSON) {
                TitleSplit split = stripTitle(text, r);
                r = split.name();
                if (split.prefix() != null) {
                    prefixes.add(split.prefix());
                }
            } else {
                r = roleOfInstitution(text, r);
            }
            if (r != null && keep(text, r)) {
                out.add(ContextTyping.retype(text, actorByContext(text, r)));
            }
        }
        out.addAll(namedPrefixes(text, prefixes, out));
        return nonOverlapping(out);
    }

    /**
     * What stood before a title in a person span ("US" in "US President X") is kept when the
     * article names it on its own elsewhere, with that mention's type; otherwise it is a
     * description ("Army", "Former").
     */
    private static List<NerSpan> namedPrefixes(String text, List<NerSpan> prefixes, List<NerSpan> kept) {
        java.util.Map<String, EntityType> seen = new java.util.HashMap<>();
        for (NerSpan k : kept) {
            seen.putIfAbsent(key(text.substring(k.start(), k.end())), k.type());
        }
        List<NerSpan> out = new ArrayList<>();
        for (NerSpan p : prefixes) {
            List<int[]> toks = tokens(text, p);
            for (int i = 0; i < toks.size(); i++) {
                NerSpan cand = clean(text, new NerSpan(p.type(), toks.get(i)[0], p.end()));
                EntityType t = cand == null ? null : seen.get(key(text.substring(cand.start(), cand.end())));
                if (t != null && t != EntityType.PERSON) {
                    out.add(new NerSpan(t, cand.start(), cand.end()));
                    break;
                }
            }
        }
        return out;
    }

    /** The span is the last word(s) of a title begun before it ("Secretary of" + "State"). */
    static boolean completesTitle(String text, NerSpan s) {
        if (s.type() == EntityType.PERSON) {
            return false;
        }
        // Titles are a few words long: a bounded look-back keeps one long line from costing n^2.
        int lineStart = s.start();
        while (lineStart > 0 && lineStart > s.start() - 60 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String[] before = text.substring(lineStart, s.start()).strip().split("\\s+");
        List<String> spanWords = List.of(text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT).split("\\s+"));
        for (int k = 1; k <= 3 && k <= before.length; k++) {
            List<String> words = new ArrayList<>();
            for (int i = before.length - k; i < before.length; i++) {
                words.add(before[i].toLowerCase(Locale.ROOT));
            }
            if (words.get(0).isEmpty() || !Character.isUpperCase(before[before.length - k].charAt(0))) {
                continue;
            }
            words.addAll(spanWords);
            if (TITLES.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A non-person span ending in a role ("Kremlin Spokesperson") names the institution the
     * role-holder speaks for: the role goes and the rest is an organisation; a bare role goes.
     */
    static NerSpan roleOfInstitution(String text, NerSpan s) {
        List<int[]> toks = tokens(text, s);
        List<String> words = new ArrayList<>();
        for (int[] t : toks) {
            words.add(text.substring(t[0], t[1]).toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < words.size(); i++) {
            int len = titleAt(words, i);
            if (len > 0 && i + len == words.size() && !TITLE_SURNAMES.contains(words.get(words.size() - 1))) {
                return i == 0 ? null : new NerSpan(EntityType.ORGANIZATION, s.start(), toks.get(i - 1)[1]);
            }
        }
        return s;
    }

    /**
     * "the X said", "X spokesman": a place named as an actor is the institution seated
     * there (a palace, a ministry's building). Bare names ("Canada said") stay places.
     */
    static NerSpan actorByContext(String text, NerSpan s) {
        if (s.type() != EntityType.LOCATION) {
            return s;
        }
        int i = s.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String next = text.substring(i, j).toLowerCase(Locale.ROOT);
        // A place has no spokesman of its own; an envoy or president "of" a country is still its.
        if (next.startsWith("spokes")) {
            return new NerSpan(EntityType.ORGANIZATION, s.start(), s.end());
        }
        // Countries keep their type even as actors; names of countries written with "the" are
        // plural or several words ("the Netherlands", "the United States"), seats of power are not.
        String name = text.substring(s.start(), s.end());
        boolean seat = name.indexOf(' ') < 0 && !name.endsWith("s");
        boolean the = s.start() >= 4 && (text.startsWith("the ", s.start() - 4) || text.startsWith("The ", s.start() - 4));
        return seat && the && AGENT_WORDS.contains(next) ? new NerSpan(EntityType.ORGANIZATION, s.start(), s.end()) : s;
    }

    static List<NerSpan> splitLines(String text, NerSpan s) {
        List<NerSpan> out = new ArrayList<>();
        int from = s.start();
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (i > from) {
                    out.add(new NerSpan(s.type(), from, i));
                }
                from = i + 1;
            }
        }
        if (from < s.end()) {
            out.add(new NerSpan(s.type(), from, s.end()));
        }
        return out;
    }

    /**
     * "Ukraine-Russia talks" names two places: a hyphenated span whose parts are each named on
     * their own in the article is split into them ("Jean-Pierre" or "Nagorno-Karabakh" are not).
     */
    /**
     * "X and Y" / "X or Y" in one span is two names when the article names both X and Y on their
     * own; a name with "and" in it ("Trinidad and Tobago") is rarely echoed by both halves, and
     * "&" is left alone because it mostly joins the partners' names of one firm.
     */
    static List<NerSpan> splitCoordination(String text, NerSpan s, Set<String> surfaces) {
        String span = text.substring(s.start(), s.end());
        for (String conj : new String[] {" and ", " or "}) {
            int at = span.indexOf(conj);
            if (at <= 0 || span.indexOf(conj, at + 1) >= 0) {
                continue;
            }
            int rightStart = at + conj.length();
            if (surfaces.contains(key(span.substring(0, at))) && surfaces.contains(key(span.substring(rightStart)))) {
                return List.of(new NerSpan(s.type(), s.start(), s.start() + at),
                        new NerSpan(s.type(), s.start() + rightStart, s.end()));
            }
        }
        return List.of(s);
    }

    static List<NerSpan> splitCompound(String text, NerSpan s, Set<String> surfaces) {
        String span = text.substring(s.start(), s.end());
        if (span.indexOf(' ') >= 0 || span.indexOf('-') <= 0) {
            return List.of(s);
        }
        List<NerSpan> out = new ArrayList<>();
        int from = s.start();
        for (int i = s.start(); i <= s.end(); i++) {
            if (i == s.end() || text.charAt(i) == '-') {
                if (i == from || !surfaces.contains(key(text.substring(from, i)))) {
                    return List.of(s);
                }
                out.add(new NerSpan(s.type(), from, i));
                from = i + 1;
            }
        }
        return out;
    }

    /**
     * A firm whose full name opens with a possessive ("Ledbury's Foods Inc") is named so in its
     * short form too: "Ledbury's" keeps its "'s" and is the firm, whatever type the CRF gave the
     * bare word.
     */
    static List<NerSpan> ownedEndings(String text, List<NerSpan> spans) {
        Set<String> owned = new HashSet<>();
        for (NerSpan s : spans) {
            if (s.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String span = text.substring(s.start(), s.end());
            for (int i = 1; i + 3 < span.length(); i++) {
                if (endsWithS(span, i) && span.charAt(i + 2) == ' ') {
                    owned.add(key(span.substring(0, i)));
                    break;
                }
            }
        }
        if (owned.isEmpty()) {
            return spans;
        }
        List<NerSpan> out = new ArrayList<>();
        for (NerSpan s : spans) {
            boolean own = endsWithS(text, s.end()) && owned.contains(key(text.substring(s.start(), s.end())));
            out.add(own ? new NerSpan(EntityType.ORGANIZATION, s.start(), s.end() + 2) : s);
        }
        return out;
    }

    private static boolean endsWithS(String text, int end) {
        return end + 2 <= text.length() && isApostrophe(text.charAt(end)) && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
    }

    /** Edge whitespace and punctuation, possessive endings and a lowercase leading "the". */
    static NerSpan clean(String text, NerSpan s) {
        int a = s.start();
        int b = s.end();
        boolean changed = true;
        while (changed && a < b) {
            changed = false;
            while (a < b && (Character.isWhitespace(text.charAt(a)) || EDGE_PUNCT.indexOf(text.charAt(a)) >= 0)) {
                a++;
                changed = true;
            }
            if (b - a >= 3 && isApostrophe(text.charAt(b - 2)) && (text.charAt(b - 1) == 's' || text.charAt(b - 1) == 'S')) {
                b -= 2;
                changed = true;
            }
            if (b - a >= 3 && isApostrophe(text.charAt(b - 1)) && text.charAt(b - 2) == 's') {
                b -= 1;
                changed = true;
            }
            while (a < b && (Character.isWhitespace(text.charAt(b - 1)) || EDGE_PUNCT.indexOf(text.charAt(b - 1)) >= 0)
                    && !closesBracket(text, a, b)) {
                b--;
                changed = true;
            }
            // Hyphenated given names ("Young-hoon") have lower-case tails too.
            int hyphen = s.type() == EntityType.PERSON ? -1 : lowercaseTail(text, a, b);
            if (hyphen > a) {
                b = hyphen;
                changed = true;
            }
            if (b - a > 4 && text.startsWith("the ", a)) {
                a += 4;
                changed = true;
            }
        }
        if (a >= b) {
            return null;
        }
        EntityType type = s.type();
        if (type == EntityType.MISC && b < s.end() && text.charAt(b) == '-') {
            // "U.S.-led" is a MISC compound; its head is a name of its own kind.
            type = Propagation.shortFormType(text.substring(a, b)).orElse(type);
        }
        return new NerSpan(type, a, b);
    }

    /** Start of a trailing "-led" / "-based" / "-born" (lower-case words after a hyphen), or -1. */
    private static int lowercaseTail(String text, int a, int b) {
        int cut = -1;
        for (int i = b - 1; i > a; i--) {
            char c = text.charAt(i);
            if (c == '-') {
                cut = i;
            } else if (!Character.isLowerCase(c)) {
                break;
            }
        }
        return cut;
    }

    /** A closing bracket that matches an opening one inside the span belongs to the name. */
    private static boolean closesBracket(String text, int a, int b) {
        char c = text.charAt(b - 1);
        char open = c == ')' ? '(' : c == ']' ? '[' : 0;
        return open != 0 && text.substring(a, b - 1).indexOf(open) >= 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * Drops a capitalised function word or headline verb glued in front ("Will X", "Why X").
     * Words that are also given names go only when the rest is named on its own elsewhere.
     */
    static NerSpan unglue(String text, NerSpan s, Set<String> surfaces) {
        String span = text.substring(s.start(), s.end());
        int sp = span.indexOf(' ');
        if (sp <= 0) {
            return s;
        }
        String head = span.substring(0, sp);
        boolean capitalised = Character.isUpperCase(head.charAt(0))
                && !head.substring(1).equals(head.substring(1).toUpperCase(Locale.ROOT));
        String lower = head.toLowerCase(Locale.ROOT);
        if (!capitalised || !GLUE.contains(lower)) {
            return s;
        }
        int rest = s.start() + sp;
        while (rest < s.end() && text.charAt(rest) == ' ') {
            rest++;
        }
        if (GLUE_NAMES.contains(lower) && !surfaces.contains(key(text.substring(rest, s.end())))) {
            return s;
        }
        return new NerSpan(s.type(), rest, s.end());
    }

    /**
     * Removes titles and roles before a person's name, with any capitalised modifiers before
     * them ("Army Secretary X" -> "X"); a span that is only a role is dropped (null).
     */
    /** A person span split into the name and what stood before its title (either may be null). */
    record TitleSplit(NerSpan name, NerSpan prefix) {}

    static TitleSplit stripTitle(String text, NerSpan s) {
        List<int[]> tokens = tokens(text, s);
        List<String> words = new ArrayList<>();
        for (int[] t : tokens) {
            words.add(text.substring(t[0], t[1]).toLowerCase(Locale.ROOT));
        }
        int cut = -1;
        int cutTitleStart = -1;
        int firstTitle = -1;
        boolean[] title = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            int len = titleAt(words, i);
            if (len > 0) {
                for (int k = i; k < i + len; k++) {
                    title[k] = true;
                }
                if (firstTitle < 0) {
                    firstTitle = i;
                }
                if (hasName(words, i + len)) {
                    cut = i + len - 1;
                    cutTitleStart = i;
                }
            }
        }
        if (cut >= 0) {
            NerSpan prefix = cutTitleStart > 0 ? new NerSpan(s.type(), s.start(), tokens.get(cutTitleStart - 1)[1]) : null;
            return new TitleSplit(new NerSpan(s.type(), tokens.get(cut + 1)[0], s.end()), prefix);
        }
        int last = words.size() - 1;
        // A span ending in a role is a role; one ending in a word that is also a surname
        // ("King", "Bishop") is the person of that name.
        if (title[last] && !TITLE_SURNAMES.contains(words.get(last))) {
            NerSpan prefix = firstTitle > 0 ? new NerSpan(s.type(), s.start(), tokens.get(firstTitle - 1)[1]) : null;
            return new TitleSplit(null, prefix);
        }
        return new TitleSplit(s, null);
    }

    /** Length in tokens of the longest title starting at token i, or 0. */
    private static int titleAt(List<String> words, int i) {
        int best = 0;
        if (i >= words.size()) {
            return 0;
        }
        for (List<String> t : TITLES_BY_FIRST.getOrDefault(words.get(i), List.of())) {
            if (t.size() > best && i + t.size() <= words.size() && words.subList(i, i + t.size()).equals(t)) {
                best = t.size();
            }
        }
        return best;
    }

    private static boolean hasName(List<String> words, int from) {
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i);
            if (!NAME_SUFFIXES.contains(w) && titleAt(words, i) == 0 && Character.isLetter(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> tokens(String text, NerSpan s) {
        List<int[]> out = new ArrayList<>();
        int i = s.start();
        while (i < s.end()) {
            while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < s.end() && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }

    /** Not an entity: pronouns, nationality words, text without a capital letter or digit. */
    static boolean keep(String text, NerSpan s) {
        String span = text.substring(s.start(), s.end());
        String lower = span.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower) || DEMONYMS.contains(lower)) {
            return false;
        }
        for (int i = 0; i < span.length(); i++) {
            if (Character.isUpperCase(span.charAt(i)) || Character.isDigit(span.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<NerSpan> nonOverlapping(List<NerSpan> spans) {
        List<NerSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(NerSpan::start).thenComparingInt(s -> -(s.end() - s.start())));
        List<NerSpan> out = new ArrayList<>();
        int end = -1;
        for (NerSpan s : sorted) {
            if (s.start() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    /** The comparison form of a name: lower case, no periods, single spaces, no leading "the". */
    static String key(String surface) {
        String k = surface.toLowerCase(Locale.ROOT).replace('’', '\'').replace(".", "")
                .replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }



    private static java.util.Map<String, List<List<String>>> byFirstWord(List<List<String>> titles) {
        java.util.Map<String, List<List<String>>> out = new java.util.HashMap<>();
        for (List<String> t : titles) {
            out.computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(t);
        }
        java.util.Map<String, List<List<String>>> frozen = new java.util.HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return java.util.Map.copyOf(frozen);
    }

    private static List<List<String>> titles(List<String> entries) {
        List<List<String>> out = new ArrayList<>();
        for (String e : Lexicon.plain(entries)) {
            out.add(List.of(e.split("\\s+")));
        }
        return List.copyOf(out);
    }
}
