package dev.newsstream.quotes;

import dev.newsstream.model.EntityType;

/**
 * What he/she refer to. A pronoun mostly continues the grammatical subject of its own sentence
 * or of the one before ("Name, an adviser to Other, said ... He added"), so subjects are tried
 * first, newest sentence first; only then the nearest person, where a person named after a
 * preposition ("to Other", "with Other") ranks below the others. A person known to be of the
 * other gender is passed over throughout.
 */
final class Antecedents {
    private final Lexicon lex;
    private final Phrases ph;

    Antecedents(Lexicon lex, Phrases ph) {
        this.lex = lex;
        this.ph = ph;
    }

    /** How many sentences back (besides the current one) a pronoun looks for a subject. */
    private static final int SUBJECT_SENTENCES = 2;
    /** Tokens a sentence may span when looking back for its start. */
    private static final int SENTENCE_WINDOW = 150;

    /**
     * The person who is the subject of the sentence holding token k (only its part before k),
     * else of one of the sentences just before, not known to be of the other gender; or null.
     * want: +1 he, -1 she, 0 either.
     */
    String subjectBefore(Field f, int k, int want, SpeakerResolver.Memory mem) {
        Tokens t = f.tokens;
        int end = k;
        for (int n = 0; n <= SUBJECT_SENTENCES && end > 0; n++) {
            int start = sentenceStartAt(t, n == 0 ? k : end - 1);
            if (start < end) {
                String s = subjectIn(f, start, end, want, mem);
                if (s != null) {
                    return s;
                }
            }
            end = start;
        }
        return null;
    }

    /** First token of the sentence (or line) holding token x. */
    private static int sentenceStartAt(Tokens t, int x) {
        int s = x;
        while (s > 0 && x - s < SENTENCE_WINDOW && !QuoteExtractor.endsSentence(t, s - 1) && !lineBreakBefore(t, s)) {
            s--;
        }
        return s;
    }

    private static boolean lineBreakBefore(Tokens t, int k) {
        for (int i = t.end[k - 1]; i < t.start[k]; i++) {
            if (t.text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The first person in [s, e) standing as a subject: entity mentions, else remembered persons. */
    private String subjectIn(Field f, int s, int e, int want, SpeakerResolver.Memory mem) {
        Tokens t = f.tokens;
        int from = t.start[s];
        int to = t.end[e - 1];
        for (int i = f.firstMentionAtOrAfter(from); i < f.mentions.size() && f.mentions.get(i).start() < to; i++) {
            Field.Located m = f.mentions.get(i);
            if (m.entity().type() == EntityType.PERSON && mem.gender(m.entity().name()) != -want
                    && isSubject(f, s, t.firstAtOrAfter(m.start()), t.firstAtOrAfter(m.end()), e)) {
                return m.entity().name();
            }
        }
        for (int p = mem.personPosAtOrAfter(from); p >= 0 && p < to; p = mem.personPosAtOrAfter(p + 1)) {
            String name = mem.personAt(p);
            int m = t.firstAtOrAfter(p);
            if (mem.gender(name) != -want && isSubject(f, s, m, ph.nameRunEnd(t, m, e), e)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The name at [m, mEnd) opens its sentence (after titles only) or stands right before a
     * speech verb; not a possessive, not inside a quote, not after a preposition.
     */
    private boolean isSubject(Field f, int s, int m, int mEnd, int e) {
        Tokens t = f.tokens;
        if (m >= mEnd || mEnd > e || Tokens.possessive(t.text(mEnd - 1)) || f.inQuote(t.start[m]) || afterPreposition(t, m)) {
            return false;
        }
        int b = m;
        while (b > s && t.word[b - 1] && (t.capitalised(b - 1) || lex.titles.contains(t.lower[b - 1])
                || lex.determiners.contains(t.lower[b - 1]))) {
            b--;
        }
        if (b == s) {
            return true;
        }
        int after = ph.skipParenForward(t, mEnd, e);
        if (t.is(b - 1, ',') && after < e && verbLike(t, after)) {
            return true; // "During the hearing, Name asked": after an opening phrase
        }
        if (after < e && t.is(after, ',')) {
            // "Name, a senior adviser to X, told": the verb after the appositive
            int close = after + 1;
            while (close < e && close - after < 20 && !t.is(close, ',')) {
                close++;
            }
            after = close + 1;
        }
        return after < e && t.word[after] && lex.cueVerbs.containsKey(t.lower[after]);
    }

    /** A lower-case word that may be a verb: not a preposition, article or other stop word. */
    private boolean verbLike(Tokens t, int k) {
        String w = t.lower[k];
        return t.word[k] && Character.isLowerCase(t.text.charAt(t.start[k])) && !lex.npStops.contains(w)
                && !lex.objectPrepositions.contains(w) && !lex.determiners.contains(w) && !lex.pronouns.containsKey(w);
    }

    private boolean afterPreposition(Tokens t, int m) {
        int k = m - 1;
        while (k >= 0 && t.word[k] && lex.titles.contains(t.lower[k])) {
            k--; // "to Senator Name"
        }
        return k >= 0 && t.word[k] && lex.objectPrepositions.contains(t.lower[k]);
    }

    /**
     * The nearest person mention before pos not known to be of the other gender, preferring one
     * not named after a preposition ("an adviser to X"); among the last few persons. Null when none.
     */
    Field.Located nearestPerson(Field f, int pos, int want, SpeakerResolver.Memory mem) {
        Tokens t = f.tokens;
        Field.Located any = null;
        Field.Located compatible = null;
        int seen = 0;
        for (int i = f.firstMentionAtOrAfter(pos) - 1; i >= 0 && seen < 8; i--) {
            Field.Located m = f.mentions.get(i);
            if (m.entity().type() != EntityType.PERSON) {
                continue;
            }
            seen++;
            if (any == null) {
                any = m;
            }
            if (mem.gender(m.entity().name()) == -want) {
                continue;
            }
            if (compatible == null) {
                compatible = m;
            }
            if (!afterPreposition(t, t.firstAtOrAfter(m.start()))) {
                return m;
            }
        }
        return compatible != null ? compatible : any;
    }
}
