package dev.newsstream.quotes;

import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a speaker phrase into a name: the canonical entity when one covers or matches it, the
 * name as written otherwise; a role noun to the person the article gives that role; he/she to
 * a person named before (see {@link Antecedents}).
 */
final class SpeakerResolver {
    private final Lexicon lex;
    private final Phrases ph;
    private final Antecedents antecedents;

    SpeakerResolver(Lexicon lex, Phrases ph) {
        this.lex = lex;
        this.ph = ph;
        this.antecedents = new Antecedents(lex, ph);
    }

    /** Resolves the phrase [np0, np1) to a speaker. */
    Attributor.Attr resolveRange(Field f, int[] np, Memory mem, String cue) {
        Tokens t = f.tokens;
        int a = np[0];
        int b = np[1];
        if (a >= b) {
            return null;
        }
        while (a < b && (lex.determiners.contains(t.lower[a]) && !t.capitalised(a + 1 < b ? a + 1 : a)
                || !t.word[a])) {
            a++;
        }
        if (a >= b) {
            return null;
        }
        if (b - a == 1 && lex.pronouns.containsKey(t.lower[a])) {
            return pronoun(f, a, np[0], mem, cue);
        }
        int head = ph.headOf(t, a, b);
        Entity e = f.mentionAt(t.start[head], t.end[head]);
        if (e != null) {
            return new Attributor.Attr(e.name(), cue, e.type() == EntityType.PERSON);
        }
        if (t.capitalised(head) && !lex.determiners.contains(t.lower[head])) {
            int r = head;
            while (r - 1 >= a && !Tokens.possessive(t.text(r - 1)) && (t.capitalised(r - 1)
                    || (r - 2 >= a && lex.nameParticles.contains(t.lower[r - 1]) && t.capitalised(r - 2)))) {
                r--;
            }
            if (r - 2 >= a && t.lower[r - 1].equals("of") && lex.titles.contains(t.lower[r - 2]) && head - r >= 2) {
                r = head - 1; // after "Secretary of State", keep the two-word name
            }
            int lastTitle = -1;
            for (int k = r; k < head; k++) {
                String w = t.lower[k];
                if (lex.titles.contains(w) || lex.titles.contains(w.replace(".", ""))) {
                    lastTitle = k;
                }
            }
            if (lastTitle >= 0) {
                r = lastTitle + 1;
            }
            // a capitalised "The" inside a sentence belongs to the name ("according to The Daily Ledger")
            while (r < head && t.lower[r].equals("the") && !(t.capitalised(r) && !sentenceInitial(t, r))) {
                r++;
            }
            String name = Tokens.stripPossessive(t.text.substring(t.start[r], t.end[head]));
            return named(f, name, cue, t.start[r], mem);
        }
        String headWord = t.lower[head];
        String role = lex.roles.contains(headWord) ? headWord : null;
        if (role != null) {
            String holder = roleHolder(f, role, t.start[a]);
            if (holder != null) {
                mem.person(holder, t.start[a]);
                return new Attributor.Attr(holder, cue, true);
            }
        }
        for (int k = a; k <= head; k++) {
            if (t.capitalised(k) && !(k == np[0] && lex.determiners.contains(t.lower[k]))) {
                return new Attributor.Attr(t.text.substring(t.start[a], t.end[head]), cue, false);
            }
        }
        return new Attributor.Attr(describedSource(t, np[0], head), cue, false);
    }

    /**
     * A source the article describes but does not name ("the report", "a former aide", "the
     * ad's narrator", "officials"): the phrase as written from its determiner to its head noun,
     * so the reader still learns who spoke. Null unless the phrase is a determiner and plain
     * words ending in a noun, or a lone plural noun: anything else is more likely a misparse.
     */
    private String describedSource(Tokens t, int a, int head) {
        String w = t.lower[head];
        if (!t.word[head] || w.length() < 2 || !plainWord(w) || lex.determiners.contains(w)) {
            return null;
        }
        int from = head;
        while (from - 1 >= a && t.word[from - 1] && head - from < 6 && !lex.determiners.contains(t.lower[from])) {
            from--; // only the words next to the head: "history -- a reader" gives "a reader"
        }
        if (!lex.determiners.contains(t.lower[from])) {
            boolean lonePlural = from == head && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                    && !lex.cueVerbs.containsKey(w);
            if (!lonePlural) {
                return null;
            }
        }
        for (int k = lex.determiners.contains(t.lower[from]) ? from + 1 : from; k <= head; k++) {
            String x = t.lower[k];
            if (lex.npStops.contains(x) || lex.pronouns.containsKey(x) || lex.cueSkips.contains(x)
                    || lex.npPrepositions.contains(x) || x.endsWith("n't") || x.endsWith("n\u2019t")) {
                return null; // "the man could be heard": a clause, not a noun phrase
            }
        }
        return t.text.substring(t.start[from], t.end[head]);
    }

    private static boolean plainWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return Character.isLetter(w.charAt(w.length() - 1));
    }

    private Attributor.Attr named(Field f, String name, String cue, int pos, Memory mem) {
        Entity e = lookup(f, name);
        if (e != null) {
            if (e.type() == EntityType.PERSON) {
                mem.person(e.name(), pos);
            }
            return new Attributor.Attr(e.name(), cue, e.type() == EntityType.PERSON);
        }
        boolean personLike = f.entities.isEmpty() && !name.contains(" of ") && name.split(" ").length <= 3;
        if (personLike) {
            mem.person(name, pos);
        }
        return new Attributor.Attr(name, cue, personLike);
    }

    /** An entity named exactly so, or a person whose surname this is. */
    private static Entity lookup(Field f, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Entity bySurname = null;
        for (Entity e : f.entities) {
            if (e == null || e.name() == null) {
                continue;
            }
            String en = e.name().toLowerCase(Locale.ROOT);
            if (en.equals(n)) {
                return e;
            }
            if (e.mentions() != null) {
                for (var m : e.mentions()) {
                    if (m != null && m.text() != null && Tokens.stripPossessive(m.text()).toLowerCase(Locale.ROOT).equals(n)) {
                        return e;
                    }
                }
            }
            if (bySurname == null && e.type() == EntityType.PERSON && en.endsWith(" " + n)) {
                bySurname = e;
            }
        }
        return bySurname;
    }

    private Attributor.Attr pronoun(Field f, int k, int npStart, Memory mem, String cue) {
        Tokens t = f.tokens;
        String cls = lex.pronouns.get(t.lower[k]);
        if (cls.equals("male") || cls.equals("female")) {
            int pos = t.start[k];
            int want = cls.equals("male") ? 1 : -1;
            // he/she mostly continue the subject of the sentence, not its objects or appositives
            String subject = antecedents.subjectBefore(f, k, want, mem);
            if (subject != null) {
                return new Attributor.Attr(subject, cue, true);
            }
            // "she" passes over a person the article calls "he", and the other way round
            Field.Located m = antecedents.nearestPerson(f, pos, want, mem);
            int memPos = mem.personPosBefore(pos, want);
            String fromMem = memPos < 0 ? null : mem.personAt(memPos);
            if (m != null && (fromMem == null || m.start() > memPos)) {
                return new Attributor.Attr(m.entity().name(), cue, true);
            }
            return new Attributor.Attr(fromMem, cue, fromMem != null);
        }
        if (cls.equals("relative") && k > 0 && t.is(k - 1, ',')) {
            int[] np = ph.collectBack(t, k - 2, Math.max(0, k - 12));
            if (np[0] < np[1]) {
                return resolveRange(f, np, mem, cue);
            }
        }
        return new Attributor.Attr(null, cue, false);
    }

    /** The person the article names with this role ("spokesman Name Surname"), nearest before pos. */
    private String roleHolder(Field f, String role, int pos) {
        List<Field.Holder> holders = f.roleHolders.computeIfAbsent(role, r -> findHolders(f, r));
        // several holders ("President A" and "President B"): the one the article names most
        String best = null;
        int bestCount = -1;
        for (Field.Holder h : holders) {
            if (best != null && h.pos() > pos) {
                break;
            }
            if (h.count() >= bestCount) {
                best = h.name();
                bestCount = h.count();
            }
            if (h.pos() > pos) {
                break;
            }
        }
        return best;
    }

    private List<Field.Holder> findHolders(Field f, String role) {
        Tokens t = f.tokens;
        List<Field.Holder> out = new ArrayList<>();
        Map<String, Integer> counts = null;
        for (int k = 0; k + 1 < t.size; k++) {
            if (!t.word[k] || !t.lower[k].equals(role)) {
                continue;
            }
            if (!t.capitalised(k + 1)) {
                String named = appositiveHolder(t, k);
                if (named != null) {
                    Entity ent = lookup(f, named);
                    out.add(new Field.Holder(t.start[k], ent != null ? ent.name() : named,
                            ent != null ? ent.mentions().size() : 1));
                }
                continue;
            }
            int e = ph.nameRunEnd(t, k + 1, Math.min(t.size, k + 6));
            int r = k + 1;
            for (int q = k + 1; q < e; q++) {
                if (lex.titles.contains(t.lower[q])) {
                    r = q + 1;
                }
            }
            if (r >= e) {
                continue;
            }
            String name = Tokens.stripPossessive(t.text.substring(t.start[r], t.end[e - 1]));
            Entity ent = lookup(f, name);
            String holder = ent != null ? ent.name() : name;
            int count;
            if (ent != null) {
                count = ent.mentions().size();
            } else {
                if (counts == null) {
                    counts = wordCounts(t);
                }
                count = counts.getOrDefault(holder.substring(holder.lastIndexOf(' ') + 1), 0);
            }
            out.add(new Field.Holder(t.start[k], holder, count));
        }
        return out;
    }

    /** "Name Surname, the agency's spokeswoman," : the name before the comma that opens the role's phrase. */
    private String appositiveHolder(Tokens t, int k) {
        int j = k - 1;
        while (j >= 0 && k - j <= 6 && t.word[j] && !t.capitalised(j) || (j >= 0 && k - j <= 6 && t.word[j]
                && Tokens.possessive(t.text(j)))) {
            j--;
        }
        if (j < 1 || !t.is(j, ',') || j + 1 >= k || !lex.determiners.contains(t.lower[j + 1])
                && !Tokens.possessive(t.text(j + 1))) {
            return null;
        }
        int e = j;
        int r = e - 1;
        while (r >= 0 && e - r <= 4 && t.capitalised(r) && !lex.titles.contains(t.lower[r])) {
            r--;
        }
        r++;
        if (r >= e || e - r < 2) {
            return null; // a lone capitalised word before the comma may open the sentence
        }
        return Tokens.stripPossessive(t.text.substring(t.start[r], t.end[e - 1]));
    }

    private static Map<String, Integer> wordCounts(Tokens t) {
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < t.size; k++) {
            if (t.capitalised(k)) {
                counts.merge(Tokens.stripPossessive(t.text(k)), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Persons named as speakers so far, for pronouns when no entity list is given. */
    static final class Memory {
        private final java.util.TreeMap<Integer, String> persons = new java.util.TreeMap<>();

        private final java.util.Map<String, String> bySurname = new java.util.HashMap<>();

        /** Surname -> votes: positive for he, negative for she. */
        private final java.util.Map<String, Integer> genders = new java.util.HashMap<>();

        void vote(String name, int delta) {
            genders.merge(surname(name), delta, Integer::sum);
        }

        /** +1 he, -1 she, 0 unknown. */
        int gender(String name) {
            return Integer.signum(genders.getOrDefault(surname(name), 0));
        }

        private static String surname(String name) {
            return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        }

        /** Position of the last person before pos not known to be of the other gender, else of the last person, or -1. */
        int personPosBefore(int pos, int want) {
            Integer k = persons.lowerKey(pos);
            Integer first = k;
            for (int n = 0; k != null && n < 8; n++, k = persons.lowerKey(k)) {
                if (gender(persons.get(k)) != -want) {
                    return k;
                }
            }
            return first == null ? -1 : first;
        }

        /** Position of the first person named at or after pos, or -1. */
        int personPosAtOrAfter(int pos) {
            Integer k = persons.ceilingKey(pos);
            return k == null ? -1 : k;
        }

        String personAt(int pos) {
            return persons.get(pos);
        }

        void person(String name, int pos) {
            persons.put(pos, name);
            int sp = name.lastIndexOf(' ');
            if (sp > 0) {
                bySurname.putIfAbsent(name.substring(sp + 1), name);
            }
        }

        /** A name of two words or more, or a lone surname of one seen before; else null. */
        String fullName(String name) {
            return name.indexOf(' ') > 0 ? name : bySurname.get(name);
        }

        /** Position of the last person named before pos, or -1. */
        int lastPosBefore(int pos) {
            Integer k = persons.lowerKey(pos);
            return k == null ? -1 : k;
        }

        String lastPersonBefore(int pos) {
            var e = persons.lowerEntry(pos);
            return e == null ? null : e.getValue();
        }
    }

    /**
     * Without an entity list, the named subjects of sentences stand in for person mentions, so
     * that "He declared" after "Name Surname struck a defiant tone." finds Name Surname.
     */
    void rememberSubjects(Field f, Memory mem) {
        if (!f.entities.isEmpty()) {
            return;
        }
        Tokens t = f.tokens;
        int start = 0;
        for (int k = 0; k <= t.size; k++) {
            boolean lineStart = k < t.size && k > 0 && t.text.substring(t.end[k - 1], t.start[k]).indexOf('\n') >= 0;
            boolean stop = k < t.size && (QuoteExtractor.endsSentence(t, k)
                    || "\"\u201C\u201D\u2018".indexOf(t.text.charAt(t.start[k])) >= 0);
            if (k < t.size && !lineStart && !stop) {
                continue;
            }
            if (k > start) {
                rememberSubject(f, t, start, k, mem);
            }
            start = lineStart && !stop ? k : k + 1;
        }
    }

    /**
     * Gender votes, no given names needed: a gendered title before a name ("Ms. Surname"), and
     * a sentence opening with he/she right after a sentence whose subject is a person.
     */
    void rememberGenders(Field f, Memory mem) {
        Tokens t = f.tokens;
        for (int k = 0; k + 1 < t.size; k++) {
            if (!t.word[k]) {
                continue;
            }
            Integer g = lex.genderWords.get(t.lower[k]);
            if (g != null && t.capitalised(k + 1)) {
                int e = ph.nameRunEnd(t, k + 1, Math.min(t.size, k + 5));
                mem.vote(Tokens.stripPossessive(t.text(e - 1)), g);
                continue;
            }
            String cls = lex.pronouns.get(t.lower[k]);
            boolean opens = k == 0 || QuoteExtractor.endsSentence(t, k - 1);
            if (opens && ("male".equals(cls) || "female".equals(cls))) {
                int pos = t.start[k];
                // the vote goes where the pronoun will resolve, never against an earlier vote
                String name = antecedents.subjectBefore(f, k, "male".equals(cls) ? 1 : -1, mem);
                if (name == null) {
                    Field.Located m = f.lastPersonBefore(pos);
                    int memPos = mem.lastPosBefore(pos);
                    name = m != null && m.start() > memPos ? m.entity().name() : mem.personAt(memPos);
                }
                if (name != null) {
                    mem.vote(name, "male".equals(cls) ? 1 : -1);
                }
            }
        }
    }

    private void rememberSubject(Field f, Tokens t, int start, int k, Memory mem) {
        int[] np = ph.subject(t, start, k);
        int after = ph.skipParenForward(t, np[1], k); // "Sen. Name Surname (D-Mo.) scolded"
        boolean verbFollows = after < k && (t.is(after, ',')
                || (t.word[after] && Character.isLowerCase(t.text.charAt(t.start[after]))
                        && !lex.npStops.contains(t.lower[after])));
        if (np[0] < np[1] && verbFollows && t.capitalised(np[1] - 1) && !lex.pronouns.containsKey(t.lower[np[0]])) {
            Attributor.Attr a = resolveRange(f, np, new Memory(), null);
            if (a != null && a.speaker() != null && a.person()) {
                String name = mem.fullName(a.speaker());
                if (name == null && ph.hasTitle(t, np)) {
                    name = a.speaker(); // "President Surname": a title marks a person
                }
                if (name != null) {
                    mem.person(name, t.start[np[0]]);
                }
            }
        }
    }

    private static boolean sentenceInitial(Tokens t, int k) {
        for (int i = t.start[k] - 1; i >= 0; i--) {
            char c = t.text.charAt(i);
            if (!Tokens.space(c)) {
                return ".!?:\"\u201C\u201D\u2018\u2019'\u2014\u2015".indexOf(c) >= 0 || c == ',';
            }
            if (c == '\n') {
                return true;
            }
        }
        return true;
    }
}
