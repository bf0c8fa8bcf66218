package dev.newsstream.clean;

import dev.newsstream.clean.LineClassifier.Line;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readers' comments under an article in page text. Comment systems print each comment under a
 * header of the commenter's name and a timestamp ("Jane Roe May 3, 2031 at 6:57 pm", "Jane Roe
 * says:", "3 hours ago"), put a reply button under it, and open the section with a count heading or
 * a form ("24 comments", "Leave a reply"). Their sentences pass for body text, so the article is
 * ended where its comment section starts. A heading alone is not enough (a listicle may have a
 * "3 thoughts on the draft" subhead, a share bar a "Comments" link): a commenter's header must
 * follow it closely (a dated one after the bare noun, which an article's "Reactions" subhead also
 * is), or, without a heading, headers must come with reply buttons.
 */
final class CommentSection {
    /** How close after a heading the first commenter's header comes. */
    private static final int HEADER_REACH = 8;
    /** Longest line taken for a commenter's header: a name, a date and a time. */
    private static final int MAX_HEADER_WORDS = 14;
    /** How far after a header its section's other header and reply buttons are looked for. */
    private static final int SECTION_REACH = 60;
    /** Longest count heading: the number, the noun and the article's headline. */
    private static final int MAX_HEADING_WORDS = 40;
    /** Longest "name, date" header: four words of a name and three of a date. */
    private static final int MAX_NAME_DATE_WORDS = 8;
    /** Longest "Name says:" header. */
    private static final int MAX_NAMED_HEADER_WORDS = 8;
    /** Longest invitation line ("Leave a reply. Your email address will not be published."). */
    private static final int MAX_INVITE_WORDS = 12;

    /** Month names' first letters in the stop-word languages: en, de, es, fr, pt, it, pl. */
    private static final String MONTH_PREFIX = "jan|feb|fév|fev|mar|mär|apr|abr|avr|may|mai|jun|jui|jul|lug|aug|ago|aoû"
            + "|sep|set|oct|okt|ott|out|nov|dec|dez|dic|déc|ene|gen|giu|sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru";
    /**
     * A date with its year next to a clock time, either way round: "May 3, 2031 at 6:57 pm",
     * "14. März 2031 um 08:45", "2031-05-03 14:22"; or a month and day with a time ("Mar 3rd at
     * 11:05 pm"; a month, not any word: "Pier 3 at 7:15" is a timetable). A time has a colon or an
     * "h", never a decimal point ("in 2031 it rose to 4.50").
     */
    private static final Pattern DATED_TIME = Pattern.compile(
            "(?:19|20)\\d\\d\\D{1,12}?\\d{1,2}[:h]\\d\\d(?!\\d)|(?<!\\d)\\d{1,2}:\\d\\d\\D{1,12}?(?:19|20)\\d\\d"
                    + "|(?:19|20)\\d\\d[-/.]\\d\\d[-/.]\\d\\d[ T]\\d\\d:\\d\\d"
                    + "|(?iu:" + MONTH_PREFIX + ")\\p{L}{0,7}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:at\\s|um\\s|à\\s|a las\\s)?\\d{1,2}:\\d\\d");
    /**
     * A commenter's name and the day alone: "Jane Roe / 22.04.2031", "Jane Roe 3 May 2031". Not after
     * a comma: "Berlin, 22.04.2031" is a dateline.
     */
    private static final Pattern NAME_DATE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s|\\s?[/|·•–-]\\s?)"
                    + "(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d\\d|\\p{L}{3,9}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d\\d"
                    + "|\\d{1,2}\\.?\\s\\p{L}{3,9}\\.?\\s(?:19|20)\\d\\d)$");
    /** "3 hours ago" and its equivalents: the age of a comment. */
    private static final Pattern AGE = Pattern.compile(
            "(?:\\b\\d+\\s(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\sago"
                    + "|\\bvor\\s\\d+\\s(?:minuten|stunden|tagen|wochen|monaten|jahren)"
                    + "|\\bhace\\s\\d+\\s(?:minutos|horas|días|semanas|meses|años)"
                    + "|\\bil\\sy\\sa\\s\\d+\\s(?:minutes|heures|jours|semaines|mois|ans))\\s?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon lex = Lexicon.get();

    /**
     * The first line of a comment section in {@code lines[from..to]}, or -1. The caller passes a
     * {@code from} after the article's first body paragraph; headers and buttons are looked for up
     * to the page's end, as the section runs on past the article's region.
     */
    int start(List<Line> lines, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (lines.get(i).words() > MAX_HEADING_WORDS) {
                continue;
            }
            String text = lines.get(i).text();
            List<String> toks = Tokens.words(text);
            Heading heading = heading(text, toks, lines.get(i).words());
            if (heading != Heading.NONE && headerWithin(lines, i + 1, i + HEADER_REACH, heading != Heading.BARE_NOUN)) {
                return i;
            }
            if (header(lines.get(i), true) && unheadedSection(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    enum Heading { NONE, COUNTED, BARE_NOUN, INVITATION }

    /**
     * What opens a comment section: a count ("24 comments", "5 thoughts on “Headline”",
     * "Kommentare (34)"), the section's noun alone ("Comments", which a subhead such as "Reactions"
     * also is), or a form ("Leave a reply"). A sentence is none of these ("40 responses came in.").
     */
    Heading heading(String text, List<String> toks, int words) {
        if (toks.isEmpty()) {
            return Heading.NONE;
        }
        // a quoted headline may end in "?" or "!", a sentence ends in a full stop
        boolean sentence = text.endsWith(".");
        if (!sentence && toks.size() >= 2 && isNumber(toks.get(0)) && lex.commentNouns.contains(toks.get(1))
                || toks.size() == 2 && lex.commentNouns.contains(toks.get(0)) && isNumber(toks.get(1))) {
            return Heading.COUNTED;
        }
        if (toks.size() == 1 && lex.commentNouns.contains(toks.get(0))) {
            return Heading.BARE_NOUN;
        }
        return words <= MAX_INVITE_WORDS && lex.commentInvite.prefixMatch(toks) > 0 ? Heading.INVITATION : Heading.NONE;
    }

    /**
     * A commenter's header: a short line with a dated time or an age, a name and a date, or, when
     * {@code named} headers count, "Name says:" (or "Name said...", as blogs head comments). News
     * prose introduces quotes the same way ("The minister says:"), so a named header needs a count,
     * a form or reply buttons around it.
     */
    boolean header(Line line, boolean named) {
        int words = line.words();
        if (words > MAX_HEADER_WORDS) {
            return false;
        }
        String t = line.text();
        boolean ellipsis = t.endsWith("...") || t.endsWith("…");
        if (named && (t.endsWith(":") || ellipsis) && words <= MAX_NAMED_HEADER_WORDS) {
            List<String> toks = Tokens.words(t);
            String verb = toks.isEmpty() ? "" : toks.get(toks.size() - 1);
            if (lex.commentVerbs.contains(verb) || ellipsis && lex.commentSaid.contains(verb)) {
                return true;
            }
        }
        if (LineClassifier.endsLikeSentence(t)) {
            return false; // "The ferry leaves on June 14 at 7:30 pm." is a sentence, not a header
        }
        return Tokens.hasDigit(t) && (DATED_TIME.matcher(t).find() || AGE.matcher(t.toLowerCase(Locale.ROOT)).find()
                || words <= MAX_NAME_DATE_WORDS && NAME_DATE.matcher(t).matches());
    }

    private boolean replyButton(Line l) {
        if (l.words() > 4) {
            return false;
        }
        List<String> toks = Tokens.words(l.text());
        return !toks.isEmpty() && lex.commentReply.prefixMatch(toks) == toks.size();
    }

    private boolean headerWithin(List<Line> lines, int a, int b, boolean named) {
        for (int j = a; j <= b && j < lines.size(); j++) {
            if (header(lines.get(j), named)) {
                return true;
            }
        }
        return false;
    }

    /** Words of prose under a header before the next, above which it is a story's byline, not a comment's header. */
    private static final int MAX_COMMENT_WORDS_WITHOUT_REPLY = 60;

    /**
     * Without a heading: another commenter's header and two reply buttons from line {@code i} on.
     * A header with a story's length of prose under it and no reply button before the next header
     * is not a comment's: a story's dated byline above its paragraphs, with the comments under them
     * (a thread's first comment, a few lines, may share its button with the replies under it).
     */
    private boolean unheadedSection(List<Line> lines, int i) {
        int headers = 0;
        int replies = 0;
        int proseUnderFirst = 0;
        for (int j = i; j < Math.min(lines.size(), i + SECTION_REACH) && (headers < 2 || replies < 2); j++) {
            Line l = lines.get(j);
            headers += header(l, true) ? 1 : 0;
            replies += replyButton(l) ? 1 : 0;
            if (headers == 1 && replies == 0 && l.kind() != LineClassifier.Kind.BAD) {
                proseUnderFirst += j > i ? l.words() : 0;
            }
            if (headers == 2 && replies == 0 && proseUnderFirst > MAX_COMMENT_WORDS_WITHOUT_REPLY) {
                return false;
            }
        }
        return headers >= 2 && replies >= 2;
    }

    private static boolean isNumber(String tok) {
        for (int i = 0; i < tok.length(); i++) {
            if (!Character.isDigit(tok.charAt(i))) {
                return false;
            }
        }
        return !tok.isEmpty();
    }
}
