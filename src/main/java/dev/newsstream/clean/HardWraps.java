package dev.newsstream.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Page text copied from a plain-text post, a mailing-list archive or a preformatted block breaks
 * its paragraphs at a fixed column. Read line by line, such prose looks like a run of short
 * fragments, so the wrapped lines of one paragraph are joined back before the page is judged.
 *
 * <p>A block of lines with no blank line between them is wrapped prose when every line that does
 * not end a sentence was broken at a fixed column (the next line's first word would not have fitted
 * within the block's longest line), no line is longer than a wrap or shaped like code, and at least
 * half the breaks fall inside a sentence (the line does not end one and the next starts in lower
 * case). A line that ends a sentence may stop short, as the paragraph's last line does. Items of a
 * list are ragged: the next item's first word would have fitted on the line before. A menu or a
 * list of headlines also has short lines, or breaks that start a new capitalised item. A page
 * wrapped at a column has several such paragraphs whose longest lines meet at that column.
 */
final class HardWraps {
    private HardWraps() {}

    /** Shortest and longest line (in characters) taken for a wrapped line. */
    private static final int MIN_WRAP = 35;
    private static final int MAX_WRAP = 100;
    /** How far apart the longest lines of two paragraphs wrapped at one column may be. */
    private static final int COLUMN_AGREEMENT = 4;
    /** How far short of the column a wrapped paragraph's longest line may fall: a couple of long words. */
    private static final int COLUMN_SLACK = 12;

    /** The page's non-blank lines, stripped, with each hard-wrapped paragraph joined into one line. */
    static List<String> lines(String normalizedText) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : normalizedText.split("\n")) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                block.add(line);
            } else if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        int column = column(blocks);
        List<String> out = new ArrayList<>();
        for (List<String> b : blocks) {
            int width = column > 0 && b.size() > 1 ? longest(b) : 0;
            if (width > 0 && width <= column && width > column - COLUMN_SLACK && isWrapped(b)) {
                out.add(join(b));
            } else {
                out.addAll(b);
            }
        }
        return joinDropCaps(out);
    }

    /** Fewest words of the paragraph a drop cap opens; a shorter lower-case line is a label or a link. */
    private static final int DROP_CAP_PARAGRAPH_WORDS = 5;
    /**
     * Capitals that are no word alone in the supported languages. "A", "I", "O", "E", "Y", "W" or
     * "À" may be a whole first word ("A" above "storm hit …"), and page text does not say whether a
     * space followed the box, so those stay apart rather than be glued into a wrong word.
     */
    private static final String DROP_CAP_LETTERS = "BCDFGHJKLMNPQRSTVX";

    /**
     * A drop cap set in its own box reaches page text as a line of one capital letter above the rest
     * of the paragraph ("T" over "he ferry sailed …"). Left apart, the first word is lost to every
     * later stage, so the letter is put back.
     */
    static List<String> joinDropCaps(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 < lines.size() && isDropCap(line) && opensWithWordTail(lines.get(i + 1))) {
                out.add(line + lines.get(++i));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean isDropCap(String line) {
        int n = line.length();
        boolean openingQuote = n == 2 && "\"“‘„«'".indexOf(line.charAt(0)) >= 0;
        return (n == 1 || openingQuote) && DROP_CAP_LETTERS.indexOf(line.charAt(n - 1)) >= 0;
    }

    private static boolean opensWithWordTail(String line) {
        if (line.isEmpty() || !Character.isLowerCase(line.codePointAt(0))) {
            return false;
        }
        String first = line.substring(0, firstWordLength(line));
        return !first.contains("://") && !first.contains("@") && line.split(" +").length >= DROP_CAP_PARAGRAPH_WORDS;
    }

    /**
     * The column the page is wrapped at: the longest line shared, within a few characters, by at
     * least two wrapped paragraphs of three lines or more; 0 when there is none. One paragraph alone
     * is not enough: a list of lower-case items of similar length can pass for a wrapped one.
     */
    static int column(List<List<String>> blocks) {
        int[] paragraphsOfWidth = new int[MAX_WRAP + 1];
        for (List<String> b : blocks) {
            if (b.size() >= 3 && isWrapped(b)) {
                paragraphsOfWidth[longest(b)]++;
            }
        }
        int column = 0;
        for (int w = 0; w <= MAX_WRAP; w++) {
            if (paragraphsOfWidth[w] == 0) {
                continue;
            }
            int agreeing = 0;
            int widest = 0;
            for (int other = Math.max(0, w - COLUMN_AGREEMENT); other <= Math.min(MAX_WRAP, w + COLUMN_AGREEMENT); other++) {
                agreeing += paragraphsOfWidth[other];
                widest = paragraphsOfWidth[other] > 0 ? other : widest;
            }
            if (agreeing >= 2) {
                column = Math.max(column, widest);
            }
        }
        return column;
    }

    /** One line of the paragraph; a word hyphenated across the break keeps its hyphen and loses the space ("Förder-mittel"). */
    private static String join(List<String> block) {
        StringBuilder out = new StringBuilder(block.get(0));
        for (int i = 1; i < block.size(); i++) {
            int last = out.length() - 1;
            boolean hyphenated = out.charAt(last) == '-' && last > 0 && Character.isLetter(out.charAt(last - 1));
            out.append(hyphenated ? "" : " ").append(block.get(i));
        }
        return out.toString();
    }

    private static int longest(List<String> block) {
        int longest = 0;
        for (String line : block) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    static boolean isWrapped(List<String> block) {
        int n = block.size();
        if (n < 2) {
            return false;
        }
        int longest = longest(block);
        if (longest > MAX_WRAP) {
            return false;
        }
        int inSentence = 0;
        for (int i = 0; i < n - 1; i++) {
            String line = block.get(i);
            String next = block.get(i + 1);
            if (LineClassifier.endsLikeSentence(line)) {
                continue; // a line that ends a sentence may stop short of the column
            }
            if (line.length() < MIN_WRAP || line.length() + 1 + firstWordLength(next) <= longest) {
                return false; // any other line was broken there
            }
            if (Character.isLowerCase(next.codePointAt(0))) {
                inSentence++;
            }
        }
        if (2 * inSentence < n - 1) {
            return false;
        }
        for (String line : block) {
            if (codeLike(line)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Program punctuation, a call's "name(", or a statement's closing semicolon. Not brackets or a
     * semicolon inside the line, as {@link LineClassifier#codeShaped} takes: prose has those ("[sic]", "; and").
     */
    private static boolean codeLike(String line) {
        return LineClassifier.hasProgramPunctuation(line, "{}=<>#$_\\") || line.endsWith(";");
    }

    private static int firstWordLength(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line.length() : space;
    }
}
