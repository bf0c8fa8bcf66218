package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one reading per article: a CRF often tags a name in one sentence and misses it in
 * the next. Every other occurrence of a recognised name (same characters, whole words, not
 * already inside a span) becomes a mention too, as do the capitalised short forms of the alias
 * lexicon ("US", "U.S.", "EU").
 */
final class Propagation {
    /** Capitalised short forms of the alias lexicon ("US", "U.S.") with their types. */
    private static final Map<String, EntityType> SHORT_FORMS = shortForms();

    private Propagation() {}

    static java.util.Optional<EntityType> shortFormType(String surface) {
        return java.util.Optional.ofNullable(SHORT_FORMS.get(surface));
    }

    private static Map<String, EntityType> shortForms() {
        Map<String, EntityType> out = new HashMap<>();
        for (String line : Lexicon.lines("aliases.txt")) {
            int colon = line.indexOf(':');
            EntityType type = EntityType.valueOf(line.substring(0, colon).strip().toUpperCase(java.util.Locale.ROOT));
            for (String name : line.substring(colon + 1).split("\\|")) {
                String n = name.strip().toUpperCase(java.util.Locale.ROOT);
                if (n.length() >= 2 && n.length() <= 4 && n.indexOf(' ') < 0) {
                    out.put(n, type);
                    out.put(String.join(".", n.split("")) + ".", type);
                }
            }
        }
        return Map.copyOf(out);
    }

    static List<NerSpan> addRepeats(String doc, List<NerSpan> spans) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (NerSpan s : spans) {
            votes.computeIfAbsent(doc.substring(s.start(), s.end()), k -> new EnumMap<>(EntityType.class))
                    .merge(s.type(), 1, Integer::sum);
        }
        boolean[] covered = new boolean[doc.length()];
        for (NerSpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        for (Map.Entry<String, EntityType> e : SHORT_FORMS.entrySet()) {
            votes.computeIfAbsent(e.getKey(), k -> new EnumMap<>(EntityType.class)).merge(e.getValue(), 1, Integer::sum);
        }
        // In a line written in capitals "US" may be the pronoun: only the engine decides there.
        boolean[] capitals = capitalLines(doc);
        List<String> names = new ArrayList<>(votes.keySet());
        // Longest first, so "New York City" claims its words before "New York" does.
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<NerSpan> out = new ArrayList<>(spans);
        for (String name : names) {
            if ((name.length() < 3 && !SHORT_FORMS.containsKey(name)) || !Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            EntityType type = votes.get(name).entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            for (int at = doc.indexOf(name); at >= 0; at = doc.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (wordEdge(doc, at - 1) && wordEdge(doc, end) && free(covered, at, end) && !capitals[at]) {
                    out.add(new NerSpan(type, at, end));
                    for (int i = at; i < end; i++) {
                        covered[i] = true;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(NerSpan::start));
        return out;
    }

    /** Per character: whether its line has no lower-case letter. */
    private static boolean[] capitalLines(String doc) {
        boolean[] out = new boolean[doc.length()];
        int a = 0;
        while (a < doc.length()) {
            int b = doc.indexOf('\n', a);
            b = b < 0 ? doc.length() : b;
            boolean caps = true;
            for (int i = a; i < b && caps; i++) {
                caps = !Character.isLowerCase(doc.charAt(i));
            }
            java.util.Arrays.fill(out, a, b, caps);
            a = b + 1;
        }
        return out;
    }

    private static boolean wordEdge(String doc, int i) {
        return i < 0 || i >= doc.length() || !Character.isLetterOrDigit(doc.charAt(i));
    }

    private static boolean free(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }
}
