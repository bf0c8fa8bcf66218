package dev.newsstream.clean;

import dev.newsstream.clean.LineClassifier.Kind;
import dev.newsstream.clean.LineClassifier.Line;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered chapter headings of a long read ("I. The back room", "1. Where the money went"). The
 * first one sits between the header and the first paragraph, where labels and decks are dropped as
 * the header's; it is the story's own when the next number ("II.", "2.") heads a later section.
 */
final class ChapterHeadings {
    private static final int MAX_WORDS = 12;
    /** Most lines (a gallery's counter, caption and button) between the heading and its paragraph. */
    private static final int MAX_BETWEEN = 3;
    private static final Set<String> ONE = Set.of("I", "1");
    private static final Pattern NUMBERED = Pattern.compile("(I{1,3}|[1-3])([.:)])\\s+\\p{L}.*");

    private ChapterHeadings() {}

    /**
     * Puts the first chapter's heading back over its paragraph when it was dropped: the header
     * takes it when it opens the story, and a gallery or ad under it can take it as its own
     * heading. Only a first chapter heading after {@code from} whose second chapter heads a later
     * line up to {@code end}; it goes over the next body line within {@value #MAX_BETWEEN} lines.
     */
    static void restoreFirst(List<Line> lines, int from, int end, List<String> paragraphs) {
        for (int i = Math.max(from, 0); i < end; i++) {
            if (!numberedShape(lines.get(i).text())) {
                continue;
            }
            Matcher first = NUMBERED.matcher(lines.get(i).text());
            if (heading(lines.get(i)) && first.matches() && ONE.contains(first.group(1))) {
                int body = i + 1;
                while (body <= end && body <= i + 1 + MAX_BETWEEN && lines.get(body).kind() != Kind.GOOD) {
                    body++;
                }
                if (body <= end && lines.get(body).kind() == Kind.GOOD && secondBelow(lines, body + 1, end, first)) {
                    restore(lines.get(i).text(), lines.get(body).text(), paragraphs);
                }
                return;
            }
        }
    }

    private static void restore(String heading, String opening, List<String> paragraphs) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).startsWith(opening)) {
                if (!paragraphs.contains(heading)) {
                    paragraphs.add(p, heading);
                }
                return;
            }
        }
    }

    /**
     * The second chapter heads a line below, with no other first one before it: "1. FC Köln II" is
     * a club's name over a report whose "1. Halbzeit" and "2. Halbzeit" are its own.
     */
    private static boolean secondBelow(List<Line> lines, int from, int end, Matcher first) {
        String one = first.group(1) + first.group(2);
        String second = (first.group(1).equals("I") ? "II" : "2") + first.group(2);
        for (int i = from; i <= end && i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!heading(l) || !numberedShape(l.text()) || !NUMBERED.matcher(l.text()).matches()) {
                continue;
            }
            if (l.text().startsWith(one + " ")) {
                return false;
            }
            if (l.text().startsWith(second)) {
                return true;
            }
        }
        return false;
    }

    /** The first character a chapter's number can open with: the expression runs only on those lines. */
    private static boolean numberedShape(String text) {
        char c = text.isEmpty() ? ' ' : text.charAt(0);
        return c == 'I' || c >= '1' && c <= '3';
    }

    private static boolean heading(Line l) {
        return l.kind() == Kind.SHORT && l.words() <= MAX_WORDS;
    }
}
