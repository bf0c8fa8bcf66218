package dev.newsstream.clean;

import dev.newsstream.clean.LineClassifier.Kind;
import dev.newsstream.clean.LineClassifier.Line;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A byline set without a "By": the author's name on a line of its own, next to the story's date
 * line ("Jane Roe" over "June 18, 2031 5:45 pm"). Under a standfirst it sits between two body
 * paragraphs, where short lines are otherwise kept as subheads; a date is never a subhead there,
 * and a name is one only when no date stands beside it.
 */
final class NameAndDate {
    /** A name, a date and a time: the most lines such a block takes. */
    private static final int MAX_LINES = 3;
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    /** Lower-case particles that names carry ("Ana de la Vega", "Jan van Dijk"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du", "la",
            "le", "van", "von", "der", "den", "ten", "ter", "zu", "y", "e", "bin", "al");

    private NameAndDate() {}

    /**
     * The lines from {@code first + 1} to the returned index (inclusive) when they are such a block
     * right under paragraph {@code first} with body under them, up to {@code end}; {@code first}
     * when they are not. A timeline has more dated lines further down, and a section's or place's
     * label ("Local Elections", "Kellan's Bakery") has words the story uses in lower case.
     */
    static int blockUnder(List<Line> lines, int first, int end) {
        if (lines.get(first).text().endsWith(":")) {
            return first; // an announced list of dates ("How the week unfolded:")
        }
        int last = blockEnd(lines, first, 1, end);
        if (last == first || datedLineIn(lines, last + 1, end) || !namesArePeople(lines, first + 1, last, first, end)) {
            return first;
        }
        return last;
    }

    /** The first line of such a block right above paragraph {@code first}, up to {@code end}; {@code first} when there is none. */
    static int blockAbove(List<Line> lines, int first, int end) {
        int top = blockEnd(lines, first, -1, 0);
        return top == first || !namesArePeople(lines, top, first - 1, first, end) ? first : top;
    }

    /** Walks from paragraph {@code first} by {@code step} over short name and date lines up to the next paragraph. */
    private static int blockEnd(List<Line> lines, int first, int step, int bound) {
        boolean date = false;
        for (int k = 1; k <= MAX_LINES; k++) {
            int i = first + k * step;
            if (step > 0 ? i > bound : i < bound) {
                return first;
            }
            Line l = lines.get(i);
            if (l.kind() == Kind.GOOD || l.kind() == Kind.NEAR) {
                return step > 0 && date && k > 1 ? i - step : first;
            }
            if (l.kind() != Kind.SHORT) {
                return step < 0 && date && k > 1 ? i - step : first;
            }
            if (calendarDate(l)) {
                date = true;
            } else if (!name(l.text())) {
                return step < 0 && date && k > 1 ? i - step : first;
            }
        }
        return step < 0 && date ? first - MAX_LINES : first;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /** A dateline with its year: "June 18, 2031 5:45 pm", not a weekday and a time ("Saturday 11.42pm"). */
    private static boolean calendarDate(Line l) {
        return Headline.dateShaped(l.tokens()) && YEAR.matcher(l.text()).find();
    }

    private static boolean datedLineIn(List<Line> lines, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (lines.get(i).kind() == Kind.SHORT && calendarDate(lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * No word of the name lines in {@code from..to} is one the body ({@code bodyFrom..bodyTo}) writes
     * in lower case, or one that stands alone on another line of the page (a menu's or tag list's
     * entry): a section's label, not an author.
     */
    private static boolean namesArePeople(List<Line> lines, int from, int to, int bodyFrom, int bodyTo) {
        Set<String> lower = null;
        Set<String> labels = null;
        for (int i = from; i <= to; i++) {
            String text = lines.get(i).text();
            if (!name(text)) {
                continue;
            }
            lower = lower != null ? lower : lowerCaseWords(lines, bodyFrom, bodyTo);
            labels = labels != null ? labels : oneWordLines(lines);
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                if (w.length() > 2 && (lower.contains(w) || lower.contains(singular) || lower.contains(w + "s") || labels.contains(w))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> oneWordLines(List<Line> lines) {
        Set<String> out = new java.util.HashSet<>();
        for (Line l : lines) {
            if (l.words() == 1 && l.tokens().size() == 1) {
                out.add(l.tokens().get(0));
            }
        }
        return out;
    }

    private static Set<String> lowerCaseWords(List<Line> lines, int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
            if (lines.get(i).kind() != Kind.GOOD && lines.get(i).kind() != Kind.NEAR) {
                continue;
            }
            for (String w : lines.get(i).text().split("[^\\p{L}]+")) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The author's name in lines {@code from..to}, not the headline's line {@code title}; or null. */
    static String nameIn(List<Line> lines, int from, int to, int title) {
        for (int i = from; i <= to; i++) {
            if (i != title && name(lines.get(i).text())) {
                return lines.get(i).text().strip();
            }
        }
        return null;
    }

    /** Two to five capitalised words (particles aside), nothing else: no figure, no punctuation at the end. */
    static boolean name(String text) {
        String[] words = text.strip().split("\\s+");
        String last = words[words.length - 1];
        // an initial may close a name ("Jane R."), a word with a full stop closes a sentence
        if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS || last.endsWith(".") && last.length() > 2) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (NAME_WORD.matcher(w).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(w)) {
                return false;
            }
        }
        return capitalised >= MIN_NAME_WORDS && NAME_WORD.matcher(last).matches();
    }
}
