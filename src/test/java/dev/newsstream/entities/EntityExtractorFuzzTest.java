package dev.newsstream.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.FuzzText;
import dev.newsstream.model.Entity;
import dev.newsstream.model.Mention;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The entity stage on random and hostile text with the real CoreNLP engine (one shared instance:
 * the model takes seconds to load, so tries are few): no exception, every mention indexes its text.
 */
class EntityExtractorFuzzTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(CoreNlpRecognizer.shared());

    @Property(tries = 60)
    void mentionsIndexTheTextOrTitle(@ForAll("texts") String text, @ForAll("titles") String title) {
        List<Entity> entities = EXTRACTOR.extract(title, text);
        assertValid(entities, title, text);
    }

    @Provide
    Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.oneOf(FuzzText.unicode(), FuzzText.wordSoup(), FuzzText.wordSoup(), FuzzText.markup());
    }

    @Provide
    Arbitrary<String> titles() {
        return net.jqwik.api.Arbitraries.oneOf(FuzzText.wordSoup().map(s -> s.length() > 200 ? s.substring(0, 200) : s),
                net.jqwik.api.Arbitraries.just(""), FuzzText.unicode().map(s -> s.length() > 100 ? s.substring(0, 100) : s));
    }

    static void assertValid(List<Entity> entities, String title, String text) {
        for (Entity e : entities) {
            assertFalse(e.name().isBlank(), "entity name");
            assertFalse(e.mentions().isEmpty(), "an entity has mentions");
            for (Mention m : e.mentions()) {
                String source = m.inTitle() ? title : text;
                assertTrue(m.start() >= 0 && m.start() <= m.end() && m.end() <= source.length(),
                        "offsets " + m.start() + ".." + m.end() + " of " + source.length());
                assertEquals(m.text(), source.substring(m.start(), m.end()));
            }
        }
    }

    /**
     * The stage tags the first {@link EntityExtractor#MAX_TEXT_CHARS} characters of a text (see
     * there); a 2 MB article costs what that prefix costs, and its mentions index the whole text.
     */
    @Example
    void twoMegabyteArticlesAreTaggedWithinTwoSeconds() {
        String text = FuzzText.realisticArticle(1, 2_000_000);
        String hostile = FuzzText.adversarialArticle(3, 2_000_000);
        EXTRACTOR.extract("Warm-up", FuzzText.realisticArticle(7, 50_000));
        List<List<Entity>> found = new java.util.ArrayList<>();
        long ms = FuzzText.bestOfThreeMillis(() -> found.add(EXTRACTOR.extract("Harbour talks in Karsk", text)));
        long hostileMs = FuzzText.bestOfThreeMillis(() -> found.add(EXTRACTOR.extract("Aa Bb", hostile)));
        System.out.printf("entities 2 MB realistic: %d ms, adversarial: %d ms%n", ms, hostileMs);
        assertTrue(ms < 2_000, "realistic took " + ms + " ms");
        assertTrue(hostileMs < 2_000, "adversarial took " + hostileMs + " ms");
        assertFalse(found.get(0).isEmpty());
        assertValid(found.get(0), "Harbour talks in Karsk", text);
        assertValid(found.get(found.size() - 1), "Aa Bb", hostile);
    }
}
