package dev.newsstream.entities;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Test engine: tags every whole-word occurrence of the given surfaces, longest first. */
final class ScriptedRecognizer implements EntityRecognizer {
    private final List<Object[]> entries = new ArrayList<>();

    ScriptedRecognizer tag(EntityType type, String... surfaces) {
        for (String s : surfaces) {
            entries.add(new Object[] {s, type});
        }
        entries.sort(Comparator.comparingInt(e -> -((String) e[0]).length()));
        return this;
    }

    @Override
    public List<NerSpan> recognize(String text) {
        boolean[] used = new boolean[text.length()];
        List<NerSpan> out = new ArrayList<>();
        for (Object[] e : entries) {
            String s = (String) e[0];
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                int end = at + s.length();
                boolean edge = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                boolean free = true;
                for (int i = at; i < end; i++) {
                    free &= !used[i];
                }
                if (edge && free) {
                    for (int i = at; i < end; i++) {
                        used[i] = true;
                    }
                    out.add(new NerSpan((EntityType) e[1], at, end));
                }
            }
        }
        out.sort(Comparator.comparingInt(NerSpan::start));
        return out;
    }
}
