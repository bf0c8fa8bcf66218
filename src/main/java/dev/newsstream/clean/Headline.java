package dev.newsstream.clean;

import dev.newsstream.clean.LineClassifier.Kind;
import dev.newsstream.clean.LineClassifier.Line;
import dev.newsstream.model.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The page's headline among the lines above the article. Page text puts a date, a section label,
 * a site name, a byline and other stories' headlines there too, all of them headline-shaped. What
 * singles out the article's own headline is that its words come back in the story: the lede
 * names the people, places and subject the headline announced. So the line with the most words
 * recurring in the article's opening paragraphs is the headline, or a line above it that shares
 * enough too (a standfirst under its headline). A line ending with a full stop is a standfirst or
 * caption here. When no line shares enough (a headline of puns), the first headline-shaped line
 * stands, which may end with a full stop when it is short ("Virginian could make history. Again.").
 */
final class Headline {
    /** How far above the body a headline is looked for, in non-empty lines other than furniture. */
    private static final int WINDOW = 15;
    /** The first headline-shaped line is looked for closer in: further up sit menus and rails. */
    private static final int FALLBACK_WINDOW = 12;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 40;
    private static final int MAX_DOTTED_WORDS = 12;
    /** Lower-case letters a brand may open with ("iPhone", "eBay"). */
    private static final int MAX_BRAND_PREFIX = 2;
    /** Bylines and datelines that may stand between a headline and its standfirst (nothing else may). */
    private static final int MAX_STAMPS_BETWEEN = 2;
    /** Content words compared: those of the opening paragraphs, where the lede restates the headline. */
    private static final int OPENING_WORDS = 250;
    private static final int OPENING_LINES = 15;
    /** Share of a line's words that must recur in the opening, and how many at least. */
    private static final double MIN_SHARE = 0.34;
    /** Score of a line sharing three words: a share is at most 1, so two words score at most 3. */
    private static final double MIN_SHARED_ABOVE = 3.0 + MIN_SHARE;
    private static final int MIN_SHARED = 2;
    /** Shortest word compared: shorter ones are mostly function words, or fragments ("s" of "Trump's"). */
    private static final int MIN_TOKEN = 3;

    private Headline() {}

    /** Index of the headline above {@code bodyStart}, or -1. */
    static int index(List<Line> lines, int bodyStart) {
        Set<String> opening = openingOf(lines, bodyStart);
        int from = windowStart(lines, bodyStart, WINDOW);
        int best = -1;
        double bestScore = 0;
        for (int i = from; i < bodyStart; i++) {
            double score = lineScore(lines.get(i), opening);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            // an inflected language repeats the headline's words in other forms ("Кварта" as "Кварты")
            Set<String> stemmed = new HashSet<>(stems(opening));
            for (int i = from; i < bodyStart; i++) {
                Line l = lines.get(i);
                double score = l.hard() ? 0 : score(l.text(), l.words(), stems(l.tokens()), stemmed);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
        }
        if (best < 0) {
            int one = sharingOneWord(lines, from, bodyStart, opening);
            return one >= 0 ? one : firstShaped(lines, bodyStart);
        }
        return plainCopyBelow(lines, headlineAbove(lines, best, from, opening), bodyStart);
    }

    /** Characters of a word kept as its stem: enough to tell words apart, few enough to span their endings. */
    private static final int STEM_CHARS = 5;

    /** Characters of a piece of Chinese or Japanese compared: a run without spaces is no word. */
    private static final int CJK_GRAM = 3;
    /** The same for Thai, Lao, Burmese and Khmer, whose words run longer in characters (vowel signs count). */
    private static final int UNSPACED_GRAM = 4;

    /**
     * Words cut to their first {@value #STEM_CHARS} characters, after an Arabic article written
     * onto the word ("الأفلاج" is "أفلاج"); shorter words stay whole. Chinese and Japanese, whose
     * tokens are whole phrases, give every {@value #CJK_GRAM} characters in a row instead, and Thai,
     * Lao, Burmese and Khmer every {@value #UNSPACED_GRAM}.
     */
    private static List<String> stems(java.util.Collection<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            int gram = Texts.isCjk(w.charAt(0)) ? CJK_GRAM
                    : Texts.isUnspaced(w.charAt(0)) ? UNSPACED_GRAM : 0;
            if (gram > 0 && w.length() >= gram) {
                for (int i = 0; i + gram <= w.length(); i++) {
                    out.add(w.substring(i, i + gram));
                }
                continue;
            }
            String bare = w.length() > STEM_CHARS && w.startsWith("ال") ? w.substring(2) : w;
            out.add(bare.length() > STEM_CHARS ? bare.substring(0, STEM_CHARS) : bare);
        }
        return out;
    }

    /**
     * The headline-shaped line nearest the body that shares a content word with the story, when no
     * line shares enough: a short headline under a menu link. Not a line ending with a full stop or
     * a question mark (the nearest of those is a standfirst under its headline), nor one with a
     * photo credit under it (a caption).
     */
    private static int sharingOneWord(List<Line> lines, int from, int bodyStart, Set<String> opening) {
        for (int i = bodyStart - 1; i >= from; i--) {
            Line l = lines.get(i);
            if (l.titleShaped() && !endsWithFullStop(l.text()) && !l.text().endsWith("?") && !dateShaped(l.tokens())
                    && !LineClassifier.isCaptionCredit(lines.get(i + 1).text()) && anyShared(l.text(), opening)) {
                return i;
            }
        }
        return -1;
    }

    /** Most steps of a breadcrumb run into the headline ("Home Climate"). */
    private static final int MAX_CRUMBS = 3;

    /**
     * A breadcrumb run into the headline ("Home Climate Forests key to the climate") shares as much
     * with the story as the headline itself: when the headline stands alone further down, that copy
     * is the headline. Only when what it lacks is a few capitalised words: a headline ending in a
     * name ("… cut by the Bank of England") often has that name under it as a tag. A trail with
     * separators gives way to a headline below that holds most of its last step's words.
     */
    private static int plainCopyBelow(List<Line> lines, int chosen, int bodyStart) {
        String text = lines.get(chosen).text();
        String trailTail = withoutBreadcrumb(text);
        for (int i = chosen + 1; i < bodyStart; i++) {
            Line l = lines.get(i);
            if (l.titleShaped() && l.text().length() < text.length() && text.endsWith(" " + l.text())
                    && crumbs(text.substring(0, text.length() - l.text().length()))) {
                return i;
            }
            // a trail's last step is often the headline shortened ("Home / News / Students build sensor")
            if (!trailTail.equals(text) && l.titleShaped() && l.text().length() >= trailTail.length()
                    && sharesMost(trailTail, l.text())) {
                return i;
            }
        }
        return chosen;
    }

    /** Share of the shorter text's content words the longer one holds for it to be the same headline. */
    private static final double SAME_HEADLINE_SHARE = 0.8;

    private static boolean sharesMost(String shorter, String longer) {
        Set<String> words = new HashSet<>(Tokens.words(longer));
        int content = 0;
        int shared = 0;
        for (String t : Tokens.words(shorter)) {
            if (content(t)) {
                content++;
                shared += words.contains(t) ? 1 : 0;
            }
        }
        return content > 0 && shared >= SAME_HEADLINE_SHARE * content;
    }

    private static boolean crumbs(String prefix) {
        String[] steps = prefix.strip().split("\\s+");
        if (steps.length > MAX_CRUMBS) {
            return false;
        }
        for (String step : steps) {
            if (!Character.isUpperCase(step.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a search {@code size} lines up from the body starts. Furniture lines do not count: a
     * share panel of twenty buttons may stand between the headline and its story.
     */
    private static int windowStart(List<Line> lines, int bodyStart, int size) {
        int i = bodyStart;
        for (int counted = 0; i > 0 && counted < size; ) {
            i--;
            counted += lines.get(i).hard() ? 0 : 1;
        }
        return i;
    }

    /**
     * A standfirst summarises the story and can share more with it than its headline does: a line
     * right above the best one that shares enough with the story too is the headline, and so is one
     * past a byline or a dateline that shares three words or more (a site's or section's name
     * there shares its two).
     */
    private static int headlineAbove(List<Line> lines, int best, int from, Set<String> opening) {
        for (int i = best - 1; i >= from && i >= best - 1 - MAX_STAMPS_BETWEEN; i--) {
            Line l = lines.get(i);
            double needed = i == best - 1 ? Double.MIN_VALUE : MIN_SHARED_ABOVE;
            if (lineScore(l, opening) >= needed) {
                return i;
            }
            if (!l.byline() && !dateShaped(l.tokens())) {
                break;
            }
        }
        return best;
    }

    /**
     * How many of the line's content words recur in the opening, plus their share as the tie-break
     * (a site name of two words can share all of them); 0 when the line is no candidate or shares
     * too little.
     */
    private static double lineScore(Line l, Set<String> opening) {
        return l.hard() ? 0 : score(l.text(), l.words(), l.tokens(), opening);
    }

    private static double score(String text, int wordCount, List<String> tokens, Set<String> opening) {
        if (!plausible(text, wordCount) || dateShaped(tokens)) {
            return 0;
        }
        int words = 0;
        int shared = 0;
        for (String t : tokens) {
            if (content(t)) {
                words++;
                shared += opening.contains(t) ? 1 : 0;
            }
        }
        double share = words == 0 ? 0 : shared / (double) words;
        return shared >= MIN_SHARED && share >= MIN_SHARE ? shared + share : 0;
    }

    /**
     * The HTML page's headline: its first heading, or its social or document title, as chosen from
     * the markup, unless that shares no word at all with the story's opening paragraphs and another
     * of them shares enough (an accessible page heads its menu with an h1 "Navigation", a shop's
     * page heads its article with a promotion). Among those, the earliest of the best. When none
     * does, the {@code fallback}'s heading, if it gives one (asked only then).
     */
    static String confirm(String chosen, List<String> candidates, List<String> paragraphs, Supplier<String> fallback) {
        // Tokenised only as far as the opening reaches: about half of a text's words are content words.
        List<List<String>> tokens = new ArrayList<>();
        for (int i = 0, n = 0; i < paragraphs.size() && n < 2 * OPENING_WORDS; i++) {
            tokens.add(Tokens.words(paragraphs.get(i)));
            n += tokens.get(i).size();
        }
        Set<String> opening = openingWords(tokens);
        if (chosen != null && anyShared(chosen, opening)) {
            return chosen;
        }
        String best = null;
        double bestScore = 0;
        for (String c : candidates) {
            double score = score(c, Tokens.wordCount(c), Tokens.words(c), opening);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        String named = fallback.get();
        return named != null ? named : chosen;
    }

    /** The characters that separate a breadcrumb trail's steps ("Home › Section › Headline"). */
    private static final String CRUMB_MARKS = "→›»>|";
    /** A slash separates steps only with a space on each side: "24/7" and "and/or" are words. */
    private static final String CRUMB_SLASH = " / ";
    /** The trail's steps before the headline are section names, a few words each. */
    private static final int MAX_CRUMB_WORDS = 4;

    /**
     * The headline without the breadcrumb trail in front of it ("Home → World → Headline", "Start |
     * Magazine | Headline", "Home / Baby / Headline"): the part after the last of the trail's
     * separator (the first separator of the line that is found twice or more), when every step
     * before it is a short name with a letter in it (not a date's "12 / 03") and the part left reads
     * as a headline of three words or more. Guillemets are quotation marks here ("« Non » , «
     * jamais » : …"), and a headline may hold a separator of another kind ("Ferry timetable |
     * Winter and summer").
     */
    static String withoutBreadcrumb(String line) {
        if (line.indexOf('«') >= 0 || line.indexOf('‹') >= 0) {
            return line;
        }
        String mark = trailMark(line);
        if (mark == null) {
            return line;
        }
        int last = line.lastIndexOf(mark);
        for (String step : line.substring(0, last).split(Pattern.quote(mark))) {
            if (Tokens.wordCount(step) > MAX_CRUMB_WORDS || step.codePoints().noneMatch(Character::isLetter) && !yearStep(step, line)) {
                return line;
            }
        }
        String tail = line.substring(last + mark.length()).strip();
        return Tokens.wordCount(tail) >= MIN_WORDS ? tail : line;
    }

    /** A year among named steps ("News / 2031 / Headline"), not a date's figures: the trail opens with a name. */
    private static boolean yearStep(String step, String line) {
        return YEAR.matcher(step.strip()).matches() && Character.isLetter(line.codePointAt(0));
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /** The separator, among those the line holds, that comes first of those found twice or more. */
    private static String trailMark(String line) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (int i = 0; i <= CRUMB_MARKS.length(); i++) {
            String mark = i < CRUMB_MARKS.length() ? String.valueOf(CRUMB_MARKS.charAt(i)) : CRUMB_SLASH;
            int first = line.indexOf(mark);
            if (first >= 0 && first < bestAt && line.indexOf(mark, first + mark.length()) >= 0) {
                best = mark;
                bestAt = first;
            }
        }
        return best;
    }

    /** The first headline-shaped line shortly before the body that is not a standfirst, a date or a time. */
    static int firstShaped(List<Line> lines, int bodyStart) {
        for (int i = Math.max(0, bodyStart - FALLBACK_WINDOW); i < bodyStart; i++) {
            Line l = lines.get(i);
            if (l.titleShaped() && !longDottedLine(l) && !creditedSentence(l.text()) && !dateShaped(l.tokens())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the story repeats any content word of the line. */
    private static boolean anyShared(String text, Set<String> opening) {
        for (String t : Tokens.words(text)) {
            if (content(t) && opening.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that may be a headline (the dateline test follows on its tokens): a headline's length,
     * not a sentence (ending with a full stop or announcing what follows), and not opening in lower
     * case (a tag list, a glued label). Long headlines count here (tabloids write forty words), and
     * so does the first of two copies (breadcrumb and heading).
     */
    private static boolean plausible(String t, int words) {
        return words >= MIN_WORDS && words <= MAX_WORDS && !t.endsWith(":") && !endsWithFullStop(t)
                && !lowerCaseWordFirst(t) && !ISSUER.matcher(t).lookingAt();
    }

    /**
     * "From: Department of …", "Issued by: …": who put the page out, which the story names too. Not
     * "Source:", which opens sports headlines ("Source: Hawks agree deal with …").
     */
    private static final Pattern ISSUER = Pattern.compile("(?i:from|issued by|published by|posted by)\\s?:");

    /** A sentence's end, also before a photo credit in parentheses ("Fans at the quay. (FILE)": a caption). */
    private static boolean endsWithFullStop(String t) {
        return LineClassifier.withoutTrailingCredit(t).endsWith(".");
    }

    /** A sentence with its photo's credit after it: a caption, however short. */
    private static boolean creditedSentence(String t) {
        String sentence = LineClassifier.withoutTrailingCredit(t);
        return sentence.length() < t.length() && sentence.endsWith(".");
    }

    /**
     * A tag list or glued label opens with a word in lower case ("eu commission backs ferry",
     * "fromUniversity"); a brand's lower-case prefix ("iPhone", "eBay") does not count.
     */
    private static boolean lowerCaseWordFirst(String t) {
        if (!Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i <= MAX_BRAND_PREFIX && i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A standfirst, caption or lede: a line ending with a full stop and longer than a headline.
     * Some papers do end a short headline with one ("Virginian could make history. Again."), so the
     * first headline-shaped line may; a line sharing words with the story may not, since a
     * standfirst shares the most.
     */
    private static boolean longDottedLine(Line l) {
        return endsWithFullStop(l.text()) && l.words() > MAX_DOTTED_WORDS;
    }

    /** Words besides figures and dateline words that a dateline may have (a name: "June 5, 2031 by Jane Roe"). */
    private static final int MAX_DATELINE_OTHER_WORDS = 2;

    /**
     * A dateline, time stamp or reading time: figures and nothing else, or figures with a month,
     * weekday or stamp word and at most two other words ("Posted on April 29, 2031", "Dienstag, 1.
     * Februar 2031, 14:30 Uhr", "Paper News February 24, 2031, 7:57 AM"; "5 min read", "21
     * minutes - 4312 words"). A headline with a figure has words of its own and no calendar ("Euro
     * 2032 final tickets", "Oscars 2031: the winners"). Given the line's tokens.
     */
    static boolean dateShaped(List<String> tokens) {
        return readingTime(tokens) || calendarShaped(tokens);
    }

    /** Minutes of a reading-time stamp ("5 min read", "21 minutes - 4312 words", "Lesezeit: 3 Min."). */
    private static final Set<String> MINUTES = Set.of("min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minut");
    /** The other words of such a stamp: what the minutes are of, in the stop-word languages. */
    private static final Set<String> READING_WORDS = Set.of("read", "reading", "words", "lesezeit", "lesedauer", "lectura",
            "lecture", "leitura", "lettura", "czytania");

    /** Figures, minutes and reading words only: a reading time is no headline, however it is set. */
    private static boolean readingTime(List<String> tokens) {
        boolean figure = false;
        boolean minutes = false;
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0))) {
                figure = true;
            } else if (MINUTES.contains(t)) {
                minutes = true;
            } else if (!READING_WORDS.contains(t) && content(t)) {
                return false;
            }
        }
        return figure && minutes;
    }

    private static boolean calendarShaped(List<String> tokens) {
        boolean figure = false;
        boolean calendar = false;
        int other = 0;
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0))) {
                figure = true;
            } else if (Lexicon.get().datelineWords.contains(t)) {
                calendar = true;
            } else if (content(t)) {
                other++;
            }
        }
        return figure && (other == 0 || calendar && other <= MAX_DATELINE_OTHER_WORDS);
    }

    private static Set<String> openingOf(List<Line> lines, int bodyStart) {
        List<List<String>> body = new ArrayList<>();
        for (int i = bodyStart; i < lines.size() && i < bodyStart + OPENING_LINES; i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.GOOD || l.kind() == Kind.NEAR) {
                body.add(l.tokens());
            }
        }
        return openingWords(body);
    }

    /** Content words of the first paragraphs (their tokens): paragraphs are taken whole until {@link #OPENING_WORDS} content words are in. */
    private static Set<String> openingWords(List<List<String>> paragraphs) {
        Set<String> out = new HashSet<>();
        int taken = 0;
        for (int i = 0; i < paragraphs.size() && taken < OPENING_WORDS; i++) {
            for (String t : paragraphs.get(i)) {
                if (content(t)) {
                    out.add(t);
                    taken++;
                }
            }
        }
        return out;
    }

    /** A word that says what the story is about: not a function word of any of the stop-word languages. */
    private static boolean content(String token) {
        if (token.length() < MIN_TOKEN || Lexicon.get().stopwordBits.containsKey(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
