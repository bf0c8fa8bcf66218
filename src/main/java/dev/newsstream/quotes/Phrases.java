package dev.newsstream.quotes;

/**
 * Phrases in a token stream: speech cues, the speaker's noun phrase before or after a cue
 * (with titles, parentheses and appositives), and the subject of a clause.
 */
final class Phrases {
    private final Lexicon lex;

    Phrases(Lexicon lex) {
        this.lex = lex;
    }

    /** "Name said, adding": the subject of an earlier cue verb in the same sentence. */
    int[] mainVerbSubject(Tokens t, int lb, int before) {
        for (int c2 = before - 1; c2 >= lb; c2--) {
            if (isCue(t, c2, lb) && !t.lower[c2].endsWith("ing")) {
                int[] np = npBefore(t, c2, lb);
                if (np[0] < np[1] && namedHead(t, np)) {
                    return np;
                }
            }
        }
        return new int[] {before, before};
    }

    /** "Name called it X and told reporters": the cue's subject is the clause's subject. */
    boolean coordinated(Tokens t, int c, int lb) {
        int j = c - 1;
        while (j >= lb && t.word[j] && skippable(t, j)) {
            j--;
        }
        return j >= lb && t.word[j] && (t.lower[j].equals("and") || t.lower[j].equals("but"));
    }

    boolean skippable(Tokens t, int j) {
        String w = t.lower[j];
        return lex.cueSkips.contains(w) || (w.length() > 4 && w.endsWith("ly") && !t.capitalised(j));
    }

    boolean isDash(Tokens t, int k) {
        return t.is(k, '\u2014') || t.is(k, '\u2013') || t.is(k, '\u2015') || t.is(k, '-');
    }

    /** End of a run of capitalised words from k, allowing name particles ("de", "van"). */
    int nameRunEnd(Tokens t, int k, int limit) {
        int e = k;
        while (e < limit && (t.capitalised(e)
                || (e > k && e + 1 < limit && t.word[e] && lex.nameParticles.contains(t.lower[e]) && t.capitalised(e + 1)))) {
            e++;
        }
        return e;
    }

    boolean isCue(Tokens t, int c, int lb) {
        if (!t.word[c] || !lex.cueVerbs.containsKey(t.lower[c])) {
            return false;
        }
        if (t.capitalised(c) && c > lb) {
            return false; // "United States", "Post" headlines: capitalised mid-sentence is a name
        }
        if (c + 1 < t.size && t.word[c + 1] && !t.capitalised(c + 1) && lex.cueVerbs.containsKey(t.lower[c + 1])) {
            return false; // "the audit report said": the verb is the next word, this one a noun
        }
        if (c > lb && t.word[c - 1]) {
            String prev = t.lower[c - 1];
            if (lex.determiners.contains(prev) || Tokens.possessive(prev)) {
                return false; // "the claims", "his remarks": a noun, not a verb
            }
            if (lex.termLeadIns.contains(prev) && !t.capitalised(c - 1)) {
                return false; // "said via email", "in writing": after a preposition, a noun
            }
        }
        return true;
    }

    int phraseAt(Tokens t, int c, int limit) {
        for (String[] ph : lex.cuePhrases) {
            if (c + ph.length > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < ph.length && ok; k++) {
                ok = t.word[c + k] && t.lower[c + k].equals(ph[k]);
            }
            if (ok) {
                return c + ph.length;
            }
        }
        return -1;
    }

    String phraseText(Tokens t, int a, int b) {
        return t.text.substring(t.start[a], t.end[b - 1]);
    }

    /** The noun phrase ending just before the cue at c, skipping auxiliaries and appositives. */
    int[] npBefore(Tokens t, int c, int lb) {
        int j = skipParenBack(t, c - 1, lb);
        while (j >= lb && t.word[j] && skippable(t, j)) {
            j = skipParenBack(t, j - 1, lb);
        }
        if (j >= lb && t.is(j, ',')) {
            return appositiveChain(t, j, lb, c);
        }
        return collectBack(t, j, lb);
    }

    /**
     * "Name, the agency's spokesman, one of ..., said": the comma-separated segments before the
     * cue, nearest first; the first whose head is a name wins, else the farthest phrase.
     */
    int[] appositiveChain(Tokens t, int j, int lb, int c) {
        int[] farthest = null;
        int comma = j;
        for (int seg = 0; seg < 6; seg++) {
            int k = comma - 1;
            while (k >= lb && k > comma - 30 && !t.is(k, ',') && !QuoteExtractor.endsSentence(t, k) && !t.is(k, ':')) {
                k--;
            }
            boolean bounded = k >= lb && t.is(k, ',');
            int[] whole = bounded ? new int[] {k + 1, comma} : collectBack(t, comma - 1, lb);
            if (whole[0] < whole[1] && namedHead(t, whole)) {
                return whole;
            }
            farthest = whole;
            if (!bounded) {
                break;
            }
            int[] before = collectBack(t, k - 1, lb);
            if (before[0] < before[1] && namedHead(t, before)) {
                return before;
            }
            comma = k;
        }
        return farthest == null ? new int[] {c, c} : farthest;
    }

    /** The phrase's head word is capitalised (a name) or a pronoun, and not a party-state tag or an age. */
    boolean namedHead(Tokens t, int[] np) {
        int words = 0;
        boolean period = false;
        for (int k = np[0]; k < np[1]; k++) {
            words += t.word[k] ? 1 : 0;
            period |= t.is(k, '.');
        }
        if (words == 1 && period) {
            return false; // a state abbreviation ("Ore.")
        }
        int first = np[0];
        while (first < np[1] && !t.word[first]) {
            first++;
        }
        if (first >= np[1]) {
            return false;
        }
        // "of Springfield", "who watched ...", "gasping on a sidewalk in ...": descriptions, not names
        if (!t.capitalised(first) && !lex.pronouns.containsKey(t.lower[first])
                || lex.npStops.contains(t.lower[first]) || lex.npPrepositions.contains(t.lower[first])
                || "relative".equals(lex.pronouns.get(t.lower[first]))) {
            return false;
        }
        int head = headOf(t, np[0], np[1]);
        String w = t.text(head);
        if (words == 1 && (w.length() <= 6 && (w.indexOf('-') > 0 || w.indexOf('.') > 0) || Character.isDigit(w.charAt(0)))) {
            return false;
        }
        if (words == 1 && lex.pronouns.containsKey(t.lower[head])) {
            return !"relative".equals(lex.pronouns.get(t.lower[head]));
        }
        return t.capitalised(head) && !lex.determiners.contains(t.lower[head]) && !lex.npStops.contains(t.lower[head]);
    }

    int headOf(Tokens t, int a, int b) {
        int head = b - 1;
        for (int k = a + 1; k < b; k++) {
            if (lex.npPrepositions.contains(t.lower[k]) && !t.capitalised(k)) {
                if (t.capitalised(k - 1) && lex.titles.contains(t.lower[k - 1]) && t.capitalised(b - 1)) {
                    break; // "Secretary of State Name Surname"
                }
                return k - 1;
            }
        }
        while (head > a && !t.word[head]) {
            head--;
        }
        return head;
    }

    /** Steps back over a parenthesis such as "(D-Wis.)". */
    int skipParenBack(Tokens t, int j, int lb) {
        if (j >= lb && t.is(j, ')')) {
            int k = j - 1;
            while (k >= lb && k > j - 8 && !t.is(k, '(')) {
                k--;
            }
            if (k >= lb && t.is(k, '(')) {
                return k - 1;
            }
        }
        return j;
    }

    /** Steps forward over a parenthesis such as "(D-Wis.)" starting at j; j itself otherwise. */
    int skipParenForward(Tokens t, int j, int limit) {
        if (j < limit && t.is(j, '(')) {
            int k = j + 1;
            while (k < limit && k < j + 8 && !t.is(k, ')')) {
                k++;
            }
            if (k < limit && t.is(k, ')')) {
                return k + 1;
            }
        }
        return j;
    }

    int[] collectBack(Tokens t, int j, int lb) {
        int end = j + 1;
        int a = end;
        while (j >= lb && end - j <= 12 && (t.word[j] || t.is(j, '-'))) {
            String w = t.lower[j];
            // a cue word heading the phrase is a noun when a word precedes it ("the report said")
            boolean nounHead = j == end - 1 && j - 1 >= lb && t.word[j - 1] && !lex.pronouns.containsKey(t.lower[j - 1]);
            if (t.word[j] && (lex.npStops.contains(w) || (lex.cueVerbs.containsKey(w) && !t.capitalised(j) && !nounHead))) {
                break;
            }
            a = j;
            j--;
        }
        return new int[] {a, end};
    }

    /** The noun phrase after a cue ("said Name, the agency's spokesman"), up to punctuation. */
    int[] npAfter(Tokens t, int c, int limit) {
        while (c < limit && t.word[c] && lex.cueSkips.contains(t.lower[c])) {
            c++;
        }
        int b = c;
        while (b < limit && b - c < 10 && t.word[b] && !lex.npStops.contains(t.lower[b])
                && !(lex.cueVerbs.containsKey(t.lower[b]) && !t.capitalised(b))) {
            b++;
        }
        // "said the spokesman, Name Surname," gives the name
        if (b > c && !t.capitalised(b - 1) && b + 1 < limit && t.is(b, ',') && t.capitalised(b + 1)) {
            int e = b + 1;
            while (e < limit && t.capitalised(e)) {
                e++;
            }
            return new int[] {b + 1, e};
        }
        return new int[] {c, b};
    }

    /** The subject at the start of the clause, for "..., saying “...”". */
    int[] subject(Tokens t, int lb, int limit) {
        int a = lb;
        while (a < limit && !t.word[a]) {
            a++;
        }
        if (a < limit && (lex.npStops.contains(t.lower[a]) || lex.npPrepositions.contains(t.lower[a])
                || "during".equals(t.lower[a]))) {
            int k = a;
            while (k < limit && !t.is(k, ',')) {
                k++;
            }
            a = k + 1; // "During the speech, Name attacked ..., saying"
            while (a < limit && !t.word[a]) {
                a++;
            }
        }
        if (a >= limit) {
            return new int[] {limit, limit};
        }
        if (lex.pronouns.containsKey(t.lower[a])) {
            return new int[] {a, a + 1};
        }
        int b = a;
        while (b < limit && b - a < 8 && t.word[b] && !lex.npStops.contains(t.lower[b])
                && !lex.cueVerbs.containsKey(t.lower[b])) {
            if (b > a && t.capitalised(b - 1) && !t.capitalised(b) && !lex.roles.contains(t.lower[b])) {
                break;
            }
            b++;
            if (lex.roles.contains(t.lower[b - 1]) && !t.capitalised(b - 1)) {
                break;
            }
        }
        return new int[] {a, b};
    }

    boolean hasTitle(Tokens t, int[] np) {
        for (int k = np[0]; k < np[1]; k++) {
            if (t.capitalised(k) && lex.titles.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }
}
