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
 * the nearest person named before.
 */
final class SpeakerResolver {
    private final Lexicon lex;
    private final Phrases ph;

    SpeakerResolver(Lexicon lex, Phrases ph) {
        this.lex = lex;
        this.ph = ph;
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
        return new Attributor.Attr(null, cue, false);
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
            Field.Located m = f.lastPersonBefore(pos);
            String fromMem = mem.lastPersonBefore(pos);
            int memPos = mem.lastPosBefore(pos);
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
            if (!t.word[k] || !t.lower[k].equals(role) || !t.capitalised(k + 1)) {
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

    private void rememberSubject(Field f, Tokens t, int start, int k, Memory mem) {
        int[] np = ph.subject(t, start, k);
        boolean verbFollows = np[1] < k && (t.is(np[1], ',')
                || (t.word[np[1]] && Character.isLowerCase(t.text.charAt(t.start[np[1]]))
                        && !lex.npStops.contains(t.lower[np[1]])));
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
            if (!Character.isWhitespace(c)) {
                return ".!?:\"\u201C\u201D\u2018\u2019'\u2014\u2015".indexOf(c) >= 0 || c == ',';
            }
            if (c == '\n') {
                return true;
            }
        }
        return true;
    }
}
