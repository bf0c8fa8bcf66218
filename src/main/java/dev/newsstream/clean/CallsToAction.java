package dev.newsstream.clean;

import java.util.regex.Pattern;

/**
 * Whether a line holding a call-to-action phrase of several words ("sign up", "read more", "log
 * in") is the call or prose that uses the words. News writes "Residents can sign up at the town
 * hall until Friday" and "She urged pupils to read more books"; a site writes "Sign up for our
 * newsletter" and "Want the whole story? Read more here." A call is a button or a label (a short
 * line, or one that does not end like a sentence), opens a clause, or speaks to the reader (names
 * the reader or the site's own, or asks a question). Words between quotation marks are someone's
 * speech and count for none of these.
 */
final class CallsToAction {
    /** Below this many words a line with a call is the call, whatever its punctuation. */
    private static final int MIN_PROSE_WORDS = 6;
    private static final Pattern QUOTATION = Pattern.compile("“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;:,–—|•·]+");
    /**
     * Words that address the reader, speak for the site or name its readers, in the stop-word
     * languages ("your", "our", "readers", "unser", "votre", "nuestro", "nosso", "nostro", "nasz").
     * "us" only in lower case: "US" is the country.
     */
    private static final Pattern READER_ADDRESS = Pattern.compile(
            "(?U)\\b(?i:you|your|yours|yourself|our|ours|unser\\w*|dein\\w*|euch|euer\\w*|notre|votre|vos"
                    + "|nuestr[oa]s?|vuestr[oa]s?|tus?|noss[oa]s?|teus?|tuas?|nostr[oaie]|tuo|tuoi|nasz\\w*|wasz\\w*"
                    + "|readers?|subscribers?|leser(?:innen)?|lectores|lecteurs|leitores|lettori|czytelni\\w*)\\b"
                    + "|\\bus\\b");

    private final Lexicon.PhraseMatcher calls;

    CallsToAction(Lexicon.PhraseMatcher calls) {
        this.calls = calls;
    }

    /** Whether {@code text}, which holds a call phrase of two words or more, is the call. */
    boolean isCall(String text, int words, boolean endsLikeSentence) {
        if (!endsLikeSentence || words < MIN_PROSE_WORDS) {
            return true;
        }
        String outsideQuotes = QUOTATION.matcher(text).replaceAll(" ");
        // "Not a member yet? It only takes a minute to sign up.": a question put to the reader.
        if (outsideQuotes.indexOf('?') >= 0 || READER_ADDRESS.matcher(outsideQuotes).find()) {
            return true;
        }
        for (String clause : CLAUSE_BREAK.split(outsideQuotes)) {
            if (calls.prefixMatch(Tokens.words(clause)) > 1) {
                return true;
            }
        }
        return false;
    }
}
