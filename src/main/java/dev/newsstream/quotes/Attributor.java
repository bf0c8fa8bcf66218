package dev.newsstream.quotes;

/**
 * Finds the cue and speaker of one quote from the words around it, in the same sentence:
 * "X said", "said X", "X told reporters", "according to X", "X: ...".
 */
final class Attributor {
    /** The outcome for one quote; person: the speaker is known to be a person (for pronouns). */
    record Attr(String speaker, String cue, boolean person) {}

    private final Lexicon lex;
    private final Phrases ph;
    private final SpeakerResolver res;

    Attributor(Lexicon lex) {
        this.lex = lex;
        this.ph = new Phrases(lex);
        this.res = new SpeakerResolver(lex, ph);
    }

    /** Without an entity list, sentence subjects stand in for person mentions. */
    void rememberSubjects(Field f, SpeakerResolver.Memory mem) {
        res.rememberSubjects(f, mem);
        res.rememberGenders(f, mem);
    }

    /** Attribution from the cue before the quote in [lb, open) of the field's tokens, or null. */
    Attr left(Field f, int lb, int open, SpeakerResolver.Memory mem) {
        return left(f, lb, lb, open, mem);
    }

    /** As above; sentence is where the sentence starts, before any earlier quote in it. */
    Attr left(Field f, int lb, int sentence, int open, SpeakerResolver.Memory mem) {
        Tokens t = f.tokens;
        for (int c = open - 1; c >= lb; c--) {
            int phraseEnd = ph.phraseAt(t, c, open);
            if (phraseEnd > 0) {
                Attr a = res.resolveRange(f, ph.npAfter(t, phraseEnd, open), mem, ph.phraseText(t, c, phraseEnd));
                if (a != null) {
                    return a;
                }
            }
            if (!ph.isCue(t, c, lb)) {
                continue;
            }
            String cue = t.text(c);
            boolean participle = t.lower[c].endsWith("ing");
            int before = c - 1;
            while (before >= lb && t.word[before] && ph.skippable(t, before)) {
                before--;
            }
            boolean clauseSubject = participle && before >= lb && t.is(before, ',') || ph.coordinated(t, c, lb);
            int[] np;
            if (clauseSubject) {
                np = ph.mainVerbSubject(t, lb, before);
                if (np[0] == np[1]) {
                    np = ph.subject(t, sentence, c);
                }
            } else if (participle && c > lb && t.capitalised(c - 1) && !lex.npStops.contains(t.lower[c - 1])
                    && !lex.determiners.contains(t.lower[c - 1])) {
                int r = c - 1; // "footage of Name Surname saying"
                while (r - 1 >= lb && t.capitalised(r - 1)) {
                    r--;
                }
                np = new int[] {r, c};
            } else {
                np = ph.npBefore(t, c, lb);
            }
            if (np[0] == np[1] && Boolean.TRUE.equals(lex.cueVerbs.get(t.lower[c]))) {
                np = ph.npAfter(t, c + 1, open);
            }
            if (np[0] == np[1] && participle) {
                np = ph.subject(t, sentence, c);
            }
            if (np[0] < np[1]) {
                Attr a = res.resolveRange(f, np, mem, cue);
                return a != null ? a : new Attr(null, cue, false);
            }
        }
        // "Name: “...”" with no verb
        int colon = open - 1;
        if (colon >= lb && t.is(colon, ':')) {
            int[] np = ph.collectBack(t, colon - 1, lb);
            if (np[0] < np[1] && np[1] - np[0] <= 4 && t.capitalised(np[1] - 1)) {
                return res.resolveRange(f, np, mem, null);
            }
        }
        return null;
    }

    /** Attribution from a cue right after the quote, in [from, to), or null. */
    Attr right(Field f, int from, int to, int maxGap, SpeakerResolver.Memory mem) {
        Tokens t = f.tokens;
        int r = from;
        boolean dash = false;
        while (r < to && !t.word[r] && (t.is(r, ',') || ph.isDash(t, r))) {
            dash |= ph.isDash(t, r);
            r++;
        }
        if (dash && r < to && t.capitalised(r)) {
            int e = ph.nameRunEnd(t, r, to);
            if (e == to && e - r <= 5) {
                return res.resolveRange(f, new int[] {r, e}, mem, null); // "“...” ― Name Surname"
            }
        }
        for (int c = r; c < to && c < r + maxGap; c++) {
            int phraseEnd = ph.phraseAt(t, c, to);
            if (phraseEnd > 0) {
                return res.resolveRange(f, ph.npAfter(t, phraseEnd, to), mem, ph.phraseText(t, c, phraseEnd));
            }
            if (!t.word[c] && (t.is(c, ';') || t.is(c, ':') || "\"\u201C\u201D\u2018".indexOf(t.text.charAt(t.start[c])) >= 0)) {
                return null; // the sentence moved on without a cue
            }
            if (!ph.isCue(t, c, r)) {
                continue;
            }
            String cue = t.text(c);
            int[] np = ph.npBefore(t, c, r);
            if (np[0] == np[1] && Boolean.TRUE.equals(lex.cueVerbs.get(t.lower[c]))) {
                np = ph.npAfter(t, c + 1, to);
            }
            if (np[0] < np[1]) {
                Attr a = res.resolveRange(f, np, mem, cue);
                return a != null ? a : new Attr(null, cue, false);
            }
            return null; // "..., adding that": the speaker is named before the quote
        }
        return null;
    }

    /** Attribution from "X said:" / "X reports:" ending the previous paragraph. */
    Attr colonIntro(Field f, int lb, int colonTok, SpeakerResolver.Memory mem) {
        return left(f, lb, colonTok + 1, mem);
    }
}
