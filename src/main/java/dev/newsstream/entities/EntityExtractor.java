package dev.newsstream.entities;

import dev.newsstream.model.Entity;
import dev.newsstream.model.Mention;
import dev.newsstream.model.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity stage: recognises names in the title and text of one article, repairs the
 * engine's spans, clusters them under canonical names and scores their salience.
 */
public final class EntityExtractor {

    /** Title and text are recognised as one document so that each informs the other's casing. */
    private static final String SEPARATOR = "\n\n";

    private final EntityRecognizer recognizer;
    private final boolean propagate;

    public EntityExtractor(EntityRecognizer recognizer) {
        this(recognizer, true);
    }

    EntityExtractor(EntityRecognizer recognizer, boolean propagate) {
        this.recognizer = recognizer;
        this.propagate = propagate;
    }

    /**
     * Names are looked for in the first {@value #MAX_TEXT_CHARS} characters of the text (and of
     * {@value #MAX_TITLE_CHARS} of the title): the CRF tags about 35,000 words a second on an idle
     * core (a third of that on a loaded one), so a 2 MB body would hold a stream thread for ten
     * seconds or more; a news story is rarely over 50,000 characters (about 8,000 words). Mentions
     * beyond the cut are not reported; offsets still index the whole text.
     */
    static final int MAX_TEXT_CHARS = 50_000;
    static final int MAX_TITLE_CHARS = 1_000;

    /** title may be null. Never throws. Entities sorted by salience, descending. */
    public List<Entity> extract(String title, String text) {
        try {
            return extractOrThrow(Texts.head(title == null ? "" : title, MAX_TITLE_CHARS),
                    Texts.head(text == null ? "" : text, MAX_TEXT_CHARS));
        } catch (RuntimeException | StackOverflowError e) {
            // One bad article must not stop the stream; an article without entities is still useful.
            return List.of();
        }
    }

    private List<Entity> extractOrThrow(String title, String text) {
        String doc = title.isEmpty() ? text : title + SEPARATOR + text;
        int textOffset = title.isEmpty() ? 0 : title.length() + SEPARATOR.length();
        List<NerSpan> spans = OrganisationRules.apply(doc, SpanRepair.repair(doc, recognizer.recognize(doc)));
        spans = PersonRows.apply(doc, ResultsTables.apply(doc, spans));
        if (propagate) {
            spans = Propagation.addRepeats(doc, spans);
        }
        List<Canonicaliser.Item> items = new ArrayList<>();
        for (NerSpan s : spans) {
            items.add(new Canonicaliser.Item(s.type(), doc.substring(s.start(), s.end()), s.start()));
        }
        int leadEnd = textOffset + leadLength(text);
        List<Entity> out = new ArrayList<>();
        Map<Entity, Integer> firstPos = new IdentityHashMap<>();
        List<Canonicaliser.Cluster> clusters = Canonicaliser.cluster(items);
        int maxCount = 1;
        for (Canonicaliser.Cluster c : clusters) {
            maxCount = Math.max(maxCount, c.items().size());
        }
        for (Canonicaliser.Cluster c : clusters) {
            List<Mention> mentions = new ArrayList<>();
            boolean inTitle = false;
            boolean inLead = false;
            for (Canonicaliser.Item it : c.items()) {
                int start = it.pos();
                boolean t = !title.isEmpty() && start < title.length();
                int off = t ? 0 : textOffset;
                mentions.add(new Mention(it.text(), start - off, start - off + it.text().length(), t));
                inTitle |= t;
                inLead |= !t && start < leadEnd;
            }
            Entity e = new Entity(c.type(), c.name(), mentions,
                    salience(inTitle, inLead, c.items().size(), maxCount, c.items().get(0).pos(), doc.length()));
            out.add(e);
            firstPos.put(e, c.items().get(0).pos());
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed()
                .thenComparing(firstPos::get)
                .thenComparing(Entity::name));
        return List.copyOf(out);
    }

    /**
     * Headlines name what the story is about, the lead paragraph the main actors; frequency
     * separates the rest. An early first mention breaks ties among the rarely mentioned.
     */
    static double salience(boolean inTitle, boolean inLead, int count, int maxCount, int firstPos, int docLength) {
        double s = (inTitle ? 0.35 : 0) + (inLead ? 0.2 : 0) + 0.35 * count / maxCount
                + 0.1 * (1.0 - (double) firstPos / Math.max(1, docLength));
        return Math.round(Math.min(1.0, Math.max(0.0, s)) * 1000) / 1000.0;
    }


    /** The first paragraph: up to the first blank line, or the first line when there is none. */
    static int leadLength(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int blank = text.indexOf("\n\n", start);
        if (blank >= 0) {
            return blank;
        }
        int nl = text.indexOf('\n', start);
        return nl >= 0 ? nl : text.length();
    }
}
