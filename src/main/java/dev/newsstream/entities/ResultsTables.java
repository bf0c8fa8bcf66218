package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sports results and standings tables, one row a line ("Kestova 2 Port Valder 1", "Kestova v
 * Port Valder", "Kestova 5 3 1 1 9 4 10"): each name in such a row is a side. The CRF, seeing a
 * bare place-like name among numbers, calls it a place, a person or nothing; the row's shape
 * settles it. A side named after a country is the country (news style), any other is a club.
 * A name the CRF read as a person of two or more words is left alone (leaderboards of players).
 */
final class ResultsTables {

    private static final Set<String> COUNTRIES = Set.copyOf(Lexicon.lines("countries.txt"));
    private static final String NAME = "([A-Z][A-Za-z'.&-]*(?: [A-Z][A-Za-z'.&-]*){0,3})";
    private static final Pattern RESULT = Pattern.compile(
            "^" + NAME + " \\d{1,3} " + NAME + " \\d{1,3}(?: \\([^)]*\\))?[ \\t]*$");
    private static final Pattern FIXTURE = Pattern.compile("^" + NAME + " v " + NAME + "[ \\t]*$");
    private static final Pattern STANDING = Pattern.compile(
            "^" + NAME + "(?:[ \\t]+(?:-?\\d+(?:\\.\\d+)?|\\.\\d+|-)){4,}[ \\t]*$");

    private ResultsTables() {}

    static List<NerSpan> apply(String text, List<NerSpan> spans) {
        List<int[]> sides = new ArrayList<>();
        int a = 0;
        while (a < text.length()) {
            int b = text.indexOf('\n', a);
            b = b < 0 ? text.length() : b;
            String line = text.substring(a, b);
            for (Pattern p : new Pattern[] {RESULT, FIXTURE, STANDING}) {
                Matcher m = p.matcher(line);
                if (m.matches()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        sides.add(new int[] {a + m.start(g), a + m.end(g)});
                    }
                    break;
                }
            }
            a = b + 1;
        }
        if (sides.isEmpty()) {
            return spans;
        }
        List<NerSpan> out = new ArrayList<>(spans);
        for (int[] side : sides) {
            NerSpan same = null;
            for (NerSpan s : out) {
                if (s.start() == side[0] && s.end() == side[1]) {
                    same = s;
                }
            }
            String name = text.substring(side[0], side[1]);
            if (same != null && same.type() == EntityType.PERSON && name.indexOf(' ') > 0) {
                continue;
            }
            EntityType type = COUNTRIES.contains(SpanRepair.key(name)) ? EntityType.LOCATION : EntityType.ORGANIZATION;
            out.removeIf(s -> s.start() < side[1] && side[0] < s.end());
            out.add(new NerSpan(type, side[0], side[1]));
        }
        out.sort(Comparator.comparingInt(NerSpan::start));
        return out;
    }
}
