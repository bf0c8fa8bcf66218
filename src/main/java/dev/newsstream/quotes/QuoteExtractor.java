package dev.newsstream.quotes;

import dev.newsstream.model.Entity;
import dev.newsstream.model.Quote;
import dev.newsstream.model.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes with their speakers. Quotes are found by a linear scan of quotation marks
 * (see {@link QuoteScanner}); each is attributed from the speech cue in its own sentence,
 * else inherits the speaker of the quote just before it (an interrupted quote, or a quote
 * paragraph continuing the previous one).
 */
public final class QuoteExtractor {
    /** Quotes this short with no cue are scare quotes or titles, not speech. */
    private static final int SCARE_MAX_WORDS = 3;
    /** How far after a quote a cue may sit ("...,” the former deputy minister of X said"). */
    private static final int RIGHT_WINDOW = 40;
    /** Tokens looked at before a quote: bounds the work per quote on run-on text. */
    private static final int WINDOW = 150;
    /** How many later quotes of one sentence may lend their cue to an earlier one. */
    private static final int LATER_QUOTES = 3;

    private final Lexicon lex;
    private final QuoteScanner scanner;
    private final Attributor attributor;

    public QuoteExtractor() {
        this.lex = new Lexicon();
        this.scanner = new QuoteScanner(lex.elisions);
        this.attributor = new Attributor(lex);
    }

    /**
     * Direct quotes in reading order, title first. title may be null. entities are the article's
     * canonical entities (mentions with offsets into text, or into title when inTitle), used to
     * name speakers canonically. Never throws.
     */
    public List<Quote> extract(String title, String text, List<Entity> entities) {
        List<Entity> ents = entities == null ? List.of() : entities;
        List<Quote> out = new ArrayList<>();
        try {
            if (title != null && !title.isEmpty()) {
                extractField(new Field(title, true, lex, scanner, ents), out);
            }
            if (text != null && !text.isEmpty()) {
                extractField(new Field(Texts.head(text, MAX_TEXT_CHARS), false, lex, scanner, ents), out);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // The contract is never to fail an article on odd input: keep what was found.
            return List.copyOf(out);
        }
        return List.copyOf(out);
    }

    /**
     * Quotes are looked for in the first {@value #MAX_TEXT_CHARS} characters, the part of the text
     * where the entity stage names speakers; a 2 MB transcript would otherwise hold a stream thread
     * for seconds. The cut is at a line break or space, so offsets still index the whole text.
     */
    static final int MAX_TEXT_CHARS = 100_000;


    private void extractField(Field f, List<Quote> out) {
        Tokens t = f.tokens;
        SpeakerResolver.Memory mem = new SpeakerResolver.Memory();
        attributor.rememberSubjects(f, mem);
        List<QuoteScanner.Span> spans = f.spans;
        Attributor.Attr prev = null;
        QuoteScanner.Span prevSpan = null;
        for (int i = 0; i < spans.size(); i++) {
            QuoteScanner.Span sp = spans.get(i);
            int paraStart = f.paragraphStart(sp.open());
            int paraEnd = f.paragraphEnd(sp.close() > 0 ? sp.close() - 1 : 0);
            boolean samePara = prevSpan != null && prevSpan.close() > paraStart;
            int leftLimit = samePara ? prevSpan.close() : paraStart;
            int openTok = t.firstAtOrAfter(sp.open());
            int lb = sentenceStart(t, t.firstAtOrAfter(leftLimit), openTok);
            int sentence = sentenceStart(t, t.firstAtOrAfter(paraStart), openTok);
            int closeTok = t.firstAtOrAfter(sp.close());
            int nextOpen = i + 1 < spans.size() ? Math.min(spans.get(i + 1).open(), paraEnd) : paraEnd;
            int rb = sentenceEnd(t, closeTok, t.firstAtOrAfter(nextOpen));
            char last = f.text.charAt(sp.end() - 1);
            boolean clauseGoesOn = ",?!\u2014\u2013-".indexOf(last) >= 0
                    || (closeTok < rb && (t.is(closeTok, ',') || t.is(closeTok, '\u2014')));

            Attributor.Attr a;
            boolean cueAfter = false;
            if (clauseGoesOn) {
                a = attributor.right(f, closeTok, rb, RIGHT_WINDOW, mem);
                cueAfter = a != null;
                if (a == null) {
                    a = attributor.left(f, lb, sentence, openTok, mem);
                }
            } else {
                a = attributor.left(f, lb, sentence, openTok, mem);
                if (a == null) {
                    a = attributor.right(f, closeTok, rb, RIGHT_WINDOW, mem);
                }
            }
            if (a == null && ".?!".indexOf(last) < 0) {
                // "“Q1” is one of their “Q2,” X said": the cue after a later quote of the same
                // sentence is nearer than any speaker the quote could continue from
                a = laterInSentence(f, i, closeTok, paraEnd, mem);
            }
            boolean startsPara = blankBetween(f.text, paraStart, sp.open());
            if (a == null && startsPara) {
                a = introducedByColon(f, paraStart, mem);
            }
            String words = f.text.substring(sp.start(), sp.end());
            int before = openTok - 1;
            boolean embedded = before >= sentence && before >= 0 && t.word[before];
            if (embedded && !cueAfter && (wordCount(words) <= SCARE_MAX_WORDS
                    || lex.termLeadIns.contains(t.lower[before]))) {
                // woven into the writer's own clause: a label or a fragment, not an utterance
                prevSpan = sp;
                continue;
            }
            boolean titleLike = titleCase(words);
            if (titleLike && startsPara && onlyPunctuation(f.text, sp.close() + 1, paraEnd)) {
                prevSpan = sp; // a quoted subhead standing as its own paragraph
                continue;
            }
            if (titleLike && openTok > sentence && !introducedAsSpeech(t, openTok, sentence)) {
                prevSpan = sp; // "in his book, “A Title of Words,” he"
                continue;
            }
            if (titleLike && (a == null || wordCount(words) <= SCARE_MAX_WORDS || afterPreposition(t, openTok, lb))) {
                prevSpan = sp; // a title ("on “Morning Show”", a subhead), not speech
                continue;
            }
            if (a == null && prev != null && prev.speaker() != null
                    && (samePara || (startsPara && adjacent(f, prevSpan, paraStart)))) {
                a = prev; // inheriting an unnamed speaker would say nothing, and keep scare quotes alive
            }
            if (!hasLetter(words)) {
                continue; // numbers, ids
            }
            if (a == null && wordCount(words) <= SCARE_MAX_WORDS) {
                prevSpan = sp; // a scare quote or a title, not speech
                continue;
            }
            if (a == null && embedded) {
                // woven into the writer's clause with no cue and nothing to continue: a phrase the
                // writer borrows ("he called the plan “a gift to the few”"), not a reported utterance
                prevSpan = sp;
                continue;
            }
            String speaker = a == null ? null : a.speaker();
            String cue = a == null ? null : a.cue();
            out.add(new Quote(words, speaker, cue, sp.start(), sp.end(), f.inTitle));
            // a continuation inherits from the quote just before it, never from an older one
            prev = a;
            prevSpan = sp;
        }
    }

    /**
     * The cue right after one of the next few quotes of the same sentence (no sentence end
     * between), or null. from is the token after the quote at index i.
     */
    private Attributor.Attr laterInSentence(Field f, int i, int from, int paraEnd, SpeakerResolver.Memory mem) {
        Tokens t = f.tokens;
        List<QuoteScanner.Span> spans = f.spans;
        for (int j = i + 1; j < spans.size() && j <= i + LATER_QUOTES; j++) {
            QuoteScanner.Span sj = spans.get(j);
            if (sj.open() >= paraEnd) {
                return null;
            }
            int openJ = t.firstAtOrAfter(sj.open());
            for (int k = from; k < openJ; k++) {
                if (endsSentence(t, k)) {
                    return null;
                }
            }
            int closeJ = t.firstAtOrAfter(sj.close());
            int nextOpen = j + 1 < spans.size() ? Math.min(spans.get(j + 1).open(), paraEnd) : paraEnd;
            int rb = sentenceEnd(t, closeJ, t.firstAtOrAfter(nextOpen));
            Attributor.Attr a = attributor.right(f, closeJ, rb, RIGHT_WINDOW, mem);
            if (a != null || sj.end() > sj.start() && ".?!".indexOf(f.text.charAt(sj.end() - 1)) >= 0) {
                return a; // a quote ending in a full stop ends the sentence too
            }
            from = closeJ;
        }
        return null;
    }

    /** A colon or a cue word (with or without a comma) right before the opening mark. */
    private boolean introducedAsSpeech(Tokens t, int openTok, int sentence) {
        int k = openTok - 1;
        if (k >= sentence && t.is(k, ':')) {
            return true;
        }
        if (k >= sentence && t.is(k, ',')) {
            k--;
        }
        return k >= sentence && t.word[k] && lex.cueVerbs.containsKey(t.lower[k]);
    }

    /** "The paper reports:" ending the previous paragraph introduces this one. */
    private Attributor.Attr introducedByColon(Field f, int paraStart, SpeakerResolver.Memory mem) {
        int k = paraStart - 1;
        while (k >= 0 && Tokens.space(f.text.charAt(k))) {
            k--;
        }
        if (k < 0 || f.text.charAt(k) != ':') {
            return null;
        }
        Tokens t = f.tokens;
        int colonTok = t.firstAtOrAfter(k);
        int prevParaStart = f.paragraphStart(k);
        int lb = sentenceStart(t, t.firstAtOrAfter(prevParaStart), colonTok);
        return attributor.colonIntro(f, lb, colonTok, mem);
    }

    /** No other paragraph between the previous quote's paragraph and this one. */
    private static boolean adjacent(Field f, QuoteScanner.Span prevSpan, int paraStart) {
        int prevEnd = f.paragraphEnd(Math.max(0, prevSpan.close() - 1));
        return prevEnd >= paraStart || blankBetween(f.text, prevEnd, paraStart);
    }

    /** Whitespace only in [a, b); scans back from b so a long paragraph costs little. */
    private static boolean blankBetween(String s, int a, int b) {
        for (int i = b - 1; i >= a; i--) {
            if (!Tokens.space(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** No letter or digit in [a, b). */
    private static boolean onlyPunctuation(String s, int a, int b) {
        for (int i = Math.max(0, a); i < b && i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** First token of the sentence holding token `to`, not before `from`. */
    private static int sentenceStart(Tokens t, int from, int to) {
        from = Math.max(from, to - WINDOW);
        for (int k = to - 1; k >= from; k--) {
            if (endsSentence(t, k)) {
                return k + 1;
            }
        }
        return from;
    }

    /** A full stop that is not inside "(D-Wis.)" or followed by a comma or a lower-case word. */
    static boolean endsSentence(Tokens t, int k) {
        if (!(t.is(k, '.') || t.is(k, '?') || t.is(k, '!'))) {
            return false;
        }
        if (k + 1 >= t.size) {
            return true;
        }
        if (t.is(k + 1, ')') || t.is(k + 1, ',') || t.is(k + 1, ';')) {
            return false;
        }
        return !(t.word[k + 1] && Character.isLowerCase(t.text.charAt(t.start[k + 1])));
    }

    /** End (exclusive) of the sentence that starts at token `from`, not after `to`. */
    private static int sentenceEnd(Tokens t, int from, int to) {
        for (int k = from; k < to && k < t.size; k++) {
            if (endsSentence(t, k)) {
                return k;
            }
        }
        return Math.min(to, t.size);
    }

    /**
     * Most words capitalised, not shouted: the name of a work, a show or a subhead. Lower-case
     * articles and prepositions after the first word do not count ("Legend of the Valley").
     */
    boolean titleCase(String s) {
        int words = 0;
        int caps = 0;
        int upper = 0;
        int letters = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '\u2019')) {
                if (Character.isLetter(s.charAt(j))) {
                    letters++;
                    upper += Character.isUpperCase(s.charAt(j)) ? 1 : 0;
                }
                j++;
            }
            boolean cap = Character.isUpperCase(c) || Character.isDigit(c);
            if (cap || words == 0 || j - i > 7 || !lex.termLeadIns.contains(s.substring(i, j))) {
                words++;
                caps += cap ? 1 : 0;
            }
            i = j;
        }
        return words >= 2 && words <= 10 && caps * 4 >= words * 3 && upper * 2 < letters;
    }

    private boolean afterPreposition(Tokens t, int openTok, int lb) {
        int k = openTok - 1;
        if (k >= lb && t.word[k] && Tokens.possessive(t.text(k))) {
            k--; // "on the network's “Morning Show”"
        }
        return k >= lb && k >= 0 && t.word[k] && lex.titleMarkers.contains(t.lower[k]);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
