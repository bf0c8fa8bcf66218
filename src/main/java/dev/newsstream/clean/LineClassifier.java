package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels the lines of one page with jusText-style classes from general evidence: length, sentence
 * shape, stop-word density, and furniture cues (calls to action, credits, copyright, bios, links,
 * bylines, repeated lines). The stop-word list is chosen per page by which list hits most often.
 */
final class LineClassifier {

    enum Kind { BAD, SHORT, NEAR, GOOD }

    /** One classified line. {@code hard} marks explicit furniture evidence, not mere shortness. */
    record Line(String text, int words, Kind kind, boolean hard, boolean teaserEnd, boolean byline, boolean titleShaped) {}

    // All patterns are anchored or bounded and free of nested quantifiers, so each runs in linear time.
    private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_START = Pattern.compile(
            "^[(\\[]?(?:(?:top|main|lead|header|featured|cover|hero)\\s)?(?:image|images|photo|photos|picture|pictures|photograph|illustration|graphic|video|foto|bild|imagen|crédit|credit)s?(?:\\s(?:credits?|courtesy|by|source))?\\s?[:|©]",
            Pattern.CASE_INSENSITIVE);
    /** Credit and copyright cues, matched as plain substrings of the lowercased line (fast, no backtracking). */
    private static final List<String> CREDIT_CUES = List.of(
            "getty images", "shutterstock", "istock", "photo by ", "photos by ", "image by ",
            "ap photo", "afp via", "/ afp", "/afp", "/ reuters", "/reuters", "(image credit", "(photo credit",
            "photo credit:", "image credit:", "photo:", "foto:", "bild:", "©");
    private static final List<String> COPYRIGHT_CUES = List.of(
            "©", "(c) 19", "(c) 20", "copyright", "all rights reserved", "alle rechte vorbehalten",
            "todos los derechos reservados", "tous droits réservés");
    /** "Jane Roe is a staff writer at ...": one to three capitalised words, a copula, an article, a profession. */
    private static final Pattern BIO = Pattern.compile(
            "^\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,2}\\s(?:(?:is|was|has been|has worked as|works as|serves as)\\s(?:a|an|the)|writes\\s(?:for|about))\\s[^.]{0,80}\\b(?i:writer|reporter|editor|journalist|correspondent|columnist|contributor|author|freelancer|producer|fellow|analyst|intern|founder|ceo|director|consultant|professor|lecturer|researcher|student|historian|scientist)s?\\b");
    /** Inline teaser labels: "Read also: ...", "See also: ...", and their common equivalents in de/es/fr. */
    private static final Pattern ALSO_READ = Pattern.compile(
            "^(?:(?:also|read|see)(?:\\s(?:also|more))?|related|lee\\stambién|lire\\saussi|voir\\saussi|lesen\\ssie\\sauch|siehe\\sauch|mehr\\szum\\sthema)\\s?:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|words by|reporting by|story by|von|por|par)\\s+\\p{Lu}", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s[|»›•·]\\s|^[|»›•·]|[|»›•·]$");

    private final Lexicon lex = Lexicon.get();

    List<Line> classify(List<String> texts) {
        List<List<String>> tokens = new ArrayList<>(texts.size());
        for (String t : texts) {
            tokens.add(Tokens.words(t));
        }
        int stop = pickStopwords(tokens);
        Set<String> seen = new HashSet<>();
        Line[] out = new Line[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = classifyOne(texts.get(i), tokens.get(i), stop, seen);
        }
        return List.of(out);
    }

    /** The bit of the stop-word language that hits most often on this page, or 0 when none fits. */
    private int pickStopwords(List<List<String>> tokens) {
        int[] hits = new int[Lexicon.LANGUAGES.size()];
        int total = 0;
        int sample = Math.min(tokens.size(), 400);
        for (int i = 0; i < sample; i++) {
            for (String t : tokens.get(i)) {
                total++;
                Integer bits = lex.stopwordBits.get(t);
                if (bits != null) {
                    for (int k = 0; k < hits.length; k++) {
                        hits[k] += (bits >> k) & 1;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < hits.length; k++) {
            best = hits[k] > hits[best] ? k : best;
        }
        // A page in a language without a list: density is not evidence, shape and length decide.
        return hits[best] > 0 && hits[best] >= 0.12 * total ? 1 << best : 0;
    }

    private Line classifyOne(String text, List<String> toks, int stop, Set<String> seen) {
        int words = dev.newsstream.model.Texts.wordCount(text);
        boolean sentence = endsLikeSentence(text);
        String lower = text.toLowerCase(Locale.ROOT);
        // All-caps repeats are table headings (sports standings), not furniture.
        boolean repeated = !seen.add(lower) && words >= 2 && words <= 30 && !text.toUpperCase(Locale.ROOT).equals(text);
        boolean teaserEnd = words <= 6 && lex.teaser.longestMatch(toks) > 0;
        boolean byline = words <= 8 && BYLINE.matcher(text).find();
        int cta = words <= 20 ? lex.cta.longestMatch(toks) : 0;
        boolean hard = teaserEnd
                || (words <= 60 && isDoubled(text))
                || byline
                || URL_LINE.matcher(text).matches()
                || (words <= 40 && ALSO_READ.matcher(text).find())
                || (cta > 1 || (cta == 1 && words <= 4))
                // One appeal phrase marks a short line; a long paragraph needs two (prose may say "tax-deductible").
                || lex.appeal.count(toks) >= (words <= 40 ? 1 : 2)
                || CREDIT_START.matcher(text).find()
                || (words <= 40 && containsAny(lower, CREDIT_CUES))
                || (words <= 30 && containsAny(lower, COPYRIGHT_CUES))
                || (words <= 80 && BIO.matcher(text).find())
                || (words <= 12 && !sentence && NAV_SEPARATOR.matcher(text).find());
        boolean titleShaped = !hard && !repeated && isTitleShaped(text, toks, words, stop);
        if (repeated && !hard) {
            // A repeat counts against the line but is not furniture evidence: reports repeat table headings.
            return new Line(text, words, Kind.BAD, false, false, false, false);
        }
        if (hard) {
            return new Line(text, words, Kind.BAD, true, teaserEnd, byline, false);
        }
        double density = stop == 0 ? 1.0 : density(toks, stop);
        Kind kind;
        if (words >= 12 && density >= 0.2 && (sentence || words >= 25)) {
            kind = Kind.GOOD;
        } else if (words >= 6 && density >= 0.12 && (sentence || words >= 20)) {
            kind = Kind.NEAR;
        } else if (words >= 20) {
            kind = Kind.BAD; // long but stop-word-free: a tag cloud or link list
        } else {
            kind = Kind.SHORT;
        }
        return new Line(text, words, kind, false, false, false, titleShaped);
    }

    /** "Headline Headline": a card whose image alt text and link text were copied together. */
    private static boolean isDoubled(String text) {
        int n = text.length();
        if (n < 21 || n % 2 == 0) {
            return false;
        }
        int half = n / 2;
        return text.charAt(half) == ' ' && text.regionMatches(0, text, half + 1, half);
    }

    private static boolean containsAny(String lower, List<String> cues) {
        for (String c : cues) {
            if (lower.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private double density(List<String> toks, int stop) {
        if (toks.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String t : toks) {
            if (isStop(t, stop)) {
                hits++;
            }
        }
        return hits / (double) toks.size();
    }

    private boolean isStop(String token, int stop) {
        Integer bits = lex.stopwordBits.get(token);
        return bits != null && (bits & stop) != 0;
    }

    /** A headline: a handful of words, not a tag list of capitalised names only. */
    private boolean isTitleShaped(String text, List<String> toks, int words, int stop) {
        if (words < 3 || words > 25 || text.endsWith(":")) {
            return false;
        }
        boolean lowerWord = false;
        for (int i = 0; i < text.length() && !lowerWord; i++) {
            char c = text.charAt(i);
            lowerWord = Character.isLowerCase(c) && (i == 0 || text.charAt(i - 1) == ' ');
        }
        boolean stopWord = false;
        for (String t : toks) {
            stopWord |= isStop(t, stop);
        }
        boolean punct = text.indexOf('?') >= 0 || text.indexOf(',') >= 0 || text.indexOf(':') >= 0
                || text.indexOf('\'') >= 0 || text.indexOf('’') >= 0 || text.indexOf(" - ") >= 0;
        return lowerWord || stopWord || punct;
    }

    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"”’')]»".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }
}
