package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organisation names that the CRF, which sees a few words of context, types or bounds wrongly
 * but whose own words settle: a legal-form suffix ("Ostwick Corp", "Dunmere Castings Inc")
 * ends a company name whatever the first words look like; an institutional head noun ("X Grain
 * Exchange", "Society of X", "X University") makes the name an organisation; and a descriptive
 * "Kestova-based" glued in front is not part of the name. Spans may grow here (to take in the
 * suffix or head), but only over capitalised words right next to them.
 */
final class OrganisationRules {

    private static final Set<String> SUFFIXES = Set.copyOf(Lexicon.lines("corporate-suffixes.txt"));
    private static final Set<String> HEADS = Lexicon.plain(Lexicon.lines("org-heads.txt"));
    private static final Set<String> PLACE_HEADS = Lexicon.starred(Lexicon.lines("org-heads.txt"));
    private static final Set<String> LINKS = Set.of("of", "for", "on");
    private static final List<String> CLUB_WORDS = Lexicon.lines("club-words.txt");
    private static final Set<String> CLUB_OPENERS = Lexicon.opening(CLUB_WORDS, '<');
    private static final Set<String> CLUB_CLOSERS = Lexicon.opening(CLUB_WORDS, '>');
    private static final Set<String> TERMS = Set.copyOf(Lexicon.lines("term-acronyms.txt"));
    /** Months that are not also common words or given names ("May", "March", "June"). */
    private static final Set<String> MONTHS = Set.of("january", "february", "april", "july", "august",
            "september", "october", "november", "december");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");

    private OrganisationRules() {}

    /** Spans in text order, non-overlapping, with the organisation rules applied. */
    static List<NerSpan> apply(String text, List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>();
        for (NerSpan s : spans) {
            NerSpan r = dropTerms(text, dropDate(text, dropDescriptivePrefix(text, s)));
            if (r == null) {
                continue;
            }
            r = withSuffix(text, r);
            r = byHead(text, r);
            r = withComplement(text, r);
            out.addAll(locatedIn(text, r));
        }
        return shortFormsOfCompanies(text, nonOverlapping(out));
    }

    /**
     * "GDRs", "IPO", "Acme GDRs": acronyms of business terms are no names; one after a name goes.
     */
    static NerSpan dropTerms(String text, NerSpan s) {
        String span = text.substring(s.start(), s.end());
        int sp = span.lastIndexOf(' ');
        String last = span.substring(sp + 1);
        String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        if (!singular.equals(singular.toUpperCase(Locale.ROOT)) || !TERMS.contains(last.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return sp < 0 ? null : new NerSpan(s.type(), s.start(), s.start() + sp);
    }

    /**
     * "August Kestova Institute of X": a month glued in front is not the name's. Weekdays
     * stay: they open names of newspapers ("Sunday Courier").
     */
    static NerSpan dropDate(String text, NerSpan s) {
        if (s.type() == EntityType.PERSON || s.type() == EntityType.MISC) {
            return s;
        }
        String span = text.substring(s.start(), s.end());
        int sp = span.indexOf(' ');
        if (sp <= 0 || !MONTHS.contains(span.substring(0, sp).toLowerCase(Locale.ROOT))) {
            return s;
        }
        return new NerSpan(s.type(), s.start() + sp + 1, s.end());
    }

    /**
     * "Commission" + "on Harbour Safety", "Central Bank" + "of Kestova": an organisation
     * whose name ends in a head noun continues through "of", "for" or "on" and the capitalised
     * words after it (not a date: "the Harbour Board on Monday").
     */
    static NerSpan withComplement(String text, NerSpan s) {
        if (s.type() != EntityType.ORGANIZATION || !HEADS.contains(lastWord(text, s).toLowerCase(Locale.ROOT))) {
            return s;
        }
        for (String link : LINKS) {
            if (!text.startsWith(" " + link + " ", s.end())) {
                continue;
            }
            int i = s.end() + link.length() + 2;
            int end = -1;
            while (i < text.length() && Character.isUpperCase(text.charAt(i))) {
                int j = i;
                while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                if (CALENDAR.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                    break;
                }
                end = j;
                if (j + 1 < text.length() && text.charAt(j) == ' ') {
                    i = j + 1;
                } else {
                    break;
                }
            }
            if (end < 0) {
                return s;
            }
            // A sentence's full stop is not the name's; an abbreviation's ("U.S.") is.
            int wordStart = text.lastIndexOf(' ', end - 1) + 1;
            boolean abbreviation = text.substring(wordStart, end - 1).indexOf('.') >= 0;
            return new NerSpan(s.type(), s.start(), text.charAt(end - 1) == '.' && !abbreviation ? end - 1 : end);
        }
        return s;
    }

    /** Most words of the place after "in" that a located institution's span may end with. */
    private static final int MAX_LOCATION_WORDS = 3;

    /**
     * "National Assembly in Varno", "Castlebury University in Orrin": an institution's name ends in
     * its head noun, and "in" with a capitalised place after it says where it is. The engine runs
     * the two together; they are an organisation and a place. Only when the article names the
     * place again, and it holds no head noun or month ("Democratic Party in Congress", "Council in
     * June"). A name that goes on past "in" after a word other than a head noun stays whole
     * ("Organisation for Security and Cooperation in X").
     */
    static List<NerSpan> locatedIn(String text, NerSpan s) {
        if (s.type() != EntityType.ORGANIZATION) {
            return List.of(s);
        }
        String span = text.substring(s.start(), s.end());
        int at = span.lastIndexOf(" in ");
        if (at <= 0) {
            return List.of(s);
        }
        String head = span.substring(span.lastIndexOf(' ', at - 1) + 1, at).toLowerCase(Locale.ROOT);
        String[] place = span.substring(at + 4).split(" ");
        if (!HEADS.contains(head) || place.length > MAX_LOCATION_WORDS) {
            return List.of(s);
        }
        for (String w : place) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || HEADS.contains(lower) || CALENDAR.contains(lower)) {
                return List.of(s);
            }
        }
        int placeStart = s.start() + at + 4;
        if (!namedElsewhere(text, text.substring(placeStart, s.end()), placeStart)) {
            return List.of(s);
        }
        return List.of(new NerSpan(EntityType.ORGANIZATION, s.start(), s.start() + at),
                new NerSpan(EntityType.LOCATION, placeStart, s.end()));
    }

    /**
     * Whether the article writes {@code name} as a word of its own, and not after "in", somewhere
     * other than at {@code at}: a place is named again ("... in Varno" and "Varno's mayor"), while
     * the words of a name such as "Parliament in Exile" or "Party in Power" are seldom written
     * alone with a capital (and when the name comes back, they come back after "in").
     */
    private static boolean namedElsewhere(String text, String name, int at) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + name.length() >= text.length() || !Character.isLetterOrDigit(text.charAt(i + name.length())));
            if (i != at && word && !text.startsWith("in ", i - 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Once the article names a company with its legal form ("Ostwick Corp", "Acme Widgets Inc"), the
     * name without the suffix ("Ostwick", "Acme Widgets") and the first word of a longer name
     * ("Acme") are that company everywhere in the article, whatever the CRF made of them.
     */
    static List<NerSpan> shortFormsOfCompanies(String text, List<NerSpan> spans) {
        Set<String> shortForms = new HashSet<>();
        for (NerSpan s : spans) {
            if (s.type() != EntityType.ORGANIZATION) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(text.substring(s.start(), s.end()).split(" +")));
            if (words.size() < 2 || !isSuffix(words.get(words.size() - 1))) {
                continue;
            }
            while (words.size() > 1 && (isSuffix(words.get(words.size() - 1))
                    || words.get(words.size() - 1).equals("&"))) {
                words.remove(words.size() - 1);
            }
            shortForms.add(SpanRepair.key(String.join(" ", words)));
            if (words.size() > 1 && !words.contains("&")) {
                shortForms.add(SpanRepair.key(words.get(0)));
            }
        }
        if (shortForms.isEmpty()) {
            return spans;
        }
        List<NerSpan> out = new ArrayList<>();
        for (NerSpan s : spans) {
            boolean company = s.type() != EntityType.ORGANIZATION && s.type() != EntityType.MISC
                    && shortForms.contains(SpanRepair.key(text.substring(s.start(), s.end())));
            out.add(company ? new NerSpan(EntityType.ORGANIZATION, s.start(), s.end()) : s);
        }
        return out;
    }

    /**
     * "Kestova-based Acme Corp": a compound ending in a lower-case participle ("-based", "-owned")
     * describes the name that follows and is not part of it.
     */
    static NerSpan dropDescriptivePrefix(String text, NerSpan s) {
        int cut = -1;
        for (int i = s.start(); i < s.end(); i++) {
            if (text.charAt(i) == ' ' && i > s.start() && describes(text, s.start(), i)) {
                cut = i + 1;
            }
        }
        return cut < 0 || cut >= s.end() ? s : new NerSpan(s.type(), cut, s.end());
    }

    private static boolean describes(String text, int from, int wordEnd) {
        int hyphen = text.lastIndexOf('-', wordEnd - 1);
        if (hyphen <= from) {
            return false;
        }
        String tail = text.substring(hyphen + 1, wordEnd);
        if (tail.length() < 3) {
            return false;
        }
        for (int i = 0; i < tail.length(); i++) {
            if (!Character.isLowerCase(tail.charAt(i))) {
                return false;
            }
        }
        return tail.endsWith("ed") || tail.endsWith("based") || tail.endsWith("born");
    }

    /**
     * A span followed by a legal-form suffix ("Inc", "Corp", "& Co") is the company of that name:
     * it takes in the suffix and becomes an organisation. A suffix followed by a capitalised word
     * is not one ("Marrow Co Building" is a county's).
     */
    static NerSpan withSuffix(String text, NerSpan s) {
        int end = s.end();
        boolean grew = false;
        while (true) {
            int next = suffixAfter(text, end);
            if (next < 0) {
                break;
            }
            end = next;
            grew = true;
        }
        if (grew) {
            return new NerSpan(EntityType.ORGANIZATION, s.start(), end);
        }
        String last = lastWord(text, s);
        if (s.end() - s.start() > last.length() && isSuffix(last)) {
            // A sentence-final period after the suffix belongs to the sentence, as in CoNLL.
            int cut = last.endsWith(".") && endsSentence(text, s.end()) ? s.end() - 1 : s.end();
            return new NerSpan(EntityType.ORGANIZATION, s.start(), cut);
        }
        return s;
    }

    /** End of a suffix (optionally "& Co") right after pos, or -1. */
    private static int suffixAfter(String text, int pos) {
        int i = pos;
        if (i >= text.length() || text.charAt(i) != ' ') {
            return -1;
        }
        i++;
        if (text.startsWith("& ", i)) {
            i += 2;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
            j++;
        }
        String word = text.substring(i, j);
        String bare = stripPeriod(word);
        if (bare.isEmpty() || !isSuffix(bare) || capitalisedWordAfter(text, j)) {
            return -1;
        }
        // "& Co" is a suffix, "& Marsh" is a partner's name and is left to the CRF.
        // A sentence-final period after the suffix belongs to the sentence, as in CoNLL.
        return word.endsWith(".") && endsSentence(text, j) ? j - 1 : j;
    }

    private static boolean capitalisedWordAfter(String text, int j) {
        return j + 1 < text.length() && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1))
                && j + 2 < text.length() && Character.isLowerCase(text.charAt(j + 2));
    }

    private static boolean endsSentence(String text, int j) {
        int k = j;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        // End of the line, or a closing quote (one followed by a space or the line's end).
        return k >= text.length() || text.charAt(k) == '\n' || text.charAt(k) == '"'
                && (k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)));
    }

    /**
     * An institutional head noun settles the type: as the span's last word ("Kestova Grain
     * Exchange"), as its first word before "of" ("Society of X"), or as the capitalised word right
     * after it ("Springfield University"), which the span then takes in. Club-name words do the
     * same ("Dynamo X", "X Rovers").
     */
    static NerSpan byHead(String text, NerSpan s) {
        String span = text.substring(s.start(), s.end());
        List<String> words = List.of(span.split(" +"));
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (s.type() != EntityType.ORGANIZATION && words.size() >= 2 && (isHead(last, s.type())
                || CLUB_CLOSERS.contains(last) || CLUB_OPENERS.contains(words.get(0).toLowerCase(Locale.ROOT)))) {
            return new NerSpan(EntityType.ORGANIZATION, s.start(), s.end());
        }
        if (s.type() != EntityType.ORGANIZATION && words.size() >= 3
                && isHead(words.get(0).toLowerCase(Locale.ROOT), s.type()) && LINKS.contains(words.get(1))) {
            return new NerSpan(EntityType.ORGANIZATION, s.start(), s.end());
        }
        if (s.type() == EntityType.LOCATION || s.type() == EntityType.MISC || s.type() == EntityType.ORGANIZATION) {
            int i = s.end();
            if (i + 1 < text.length() && text.charAt(i) == ' ' && Character.isUpperCase(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String next = text.substring(i + 1, j);
                String lower = next.toLowerCase(Locale.ROOT);
                if (!next.equals(next.toUpperCase(Locale.ROOT)) && (HEADS.contains(lower) || CLUB_CLOSERS.contains(lower))
                        && (j >= text.length() || !Character.isLetterOrDigit(text.charAt(j)))) {
                    return new NerSpan(EntityType.ORGANIZATION, s.start(), j);
                }
            }
        }
        return s;
    }

    private static boolean isHead(String word, EntityType type) {
        return HEADS.contains(word) && !(type == EntityType.LOCATION && PLACE_HEADS.contains(word));
    }

    private static String lastWord(String text, NerSpan s) {
        int i = s.end();
        while (i > s.start() && text.charAt(i - 1) != ' ') {
            i--;
        }
        return text.substring(i, s.end());
    }

    /** Whether a lower-case word closes the names of sports clubs ("rovers", "united"). */
    static boolean isClubCloser(String lowerWord) {
        return CLUB_CLOSERS.contains(lowerWord);
    }

    /** A legal-form suffix as written in a name: capitalised ("Inc", "AG") or "plc". */
    static boolean isSuffix(String word) {
        String bare = stripPeriod(word);
        return !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || bare.equals("plc"))
                && SUFFIXES.contains(bare.toLowerCase(Locale.ROOT));
    }

    private static String stripPeriod(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
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
}
