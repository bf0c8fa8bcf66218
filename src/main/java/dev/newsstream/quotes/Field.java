package dev.newsstream.quotes;

import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One string being analysed (the title or the text) with its tokens, quotes and entity mentions. */
final class Field {
    /** An entity mention located in this field. */
    record Located(int start, int end, Entity entity) {}

    final String text;
    final boolean inTitle;
    final Tokens tokens;
    final List<QuoteScanner.Span> spans;
    final List<Located> mentions;
    final List<Entity> entities;
    /** Start offsets of the non-blank lines (paragraphs). */
    private final int[] paraStarts;

    Field(String text, boolean inTitle, Lexicon lex, QuoteScanner scanner, List<Entity> entities) {
        this.text = text;
        this.inTitle = inTitle;
        this.tokens = new Tokens(text, lex.titles);
        this.spans = scanner.scan(text);
        this.entities = entities;
        List<Located> ms = new ArrayList<>();
        for (Entity e : entities) {
            if (e == null || e.name() == null || e.mentions() == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m != null && m.inTitle() == inTitle && m.start() >= 0 && m.end() <= text.length()
                        && m.start() < m.end()) {
                    ms.add(new Located(m.start(), m.end(), e));
                }
            }
        }
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        this.mentions = List.copyOf(ms);
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int e = text.indexOf('\n', i);
            if (e < 0) {
                e = text.length();
            }
            starts.add(i);
            i = e + 1;
        }
        paraStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Index of the line holding offset. */
    int paragraph(int offset) {
        int k = Arrays.binarySearch(paraStarts, offset);
        return k >= 0 ? k : -k - 2;
    }

    int paragraphStart(int offset) {
        int p = paragraph(offset);
        return p < 0 ? 0 : paraStarts[p];
    }

    int paragraphEnd(int offset) {
        int p = paragraph(offset);
        if (p + 1 < paraStarts.length) {
            return paraStarts[p + 1] - 1;
        }
        return text.length();
    }

    /** The entity whose mention covers [a, b), if any. */
    Entity mentionAt(int a, int b) {
        // mentions are sorted by start and short: look at the few starting just before b
        int k = firstMentionAtOrAfter(b) - 1;
        for (int n = 0; k >= 0 && n < 8; k--, n++) {
            Located m = mentions.get(k);
            if (m.end() > a && m.start() < b) {
                return m.entity();
            }
        }
        return null;
    }

    /** The person mentioned last before offset, with its position, or null. */
    Located lastPersonBefore(int offset) {
        for (int k = firstMentionAtOrAfter(offset) - 1; k >= 0; k--) {
            if (mentions.get(k).entity().type() == EntityType.PERSON) {
                return mentions.get(k);
            }
        }
        return null;
    }

    int firstMentionAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Inside one of the quoted stretches of this field. */
    boolean inQuote(int offset) {
        // spans are in text order and do not overlap: the last one starting at or before offset
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && offset < spans.get(lo - 1).end();
    }

    /** Cache for role holders: the role word -> holders in text order; filled by Attributor. */
    final java.util.Map<String, List<Holder>> roleHolders = new java.util.HashMap<>();

    /** A person named with a role ("spokesman Name"), where, and how often the article names them. */
    record Holder(int pos, String name, int count) {}
}
