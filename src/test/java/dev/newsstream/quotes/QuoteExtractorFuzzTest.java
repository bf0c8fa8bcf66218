package dev.newsstream.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.FuzzText;
import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import dev.newsstream.model.Quote;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quote stage on random and hostile text: no exception, every quote indexes its text. */
class QuoteExtractorFuzzTest {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    @Property(tries = 200)
    void quotesIndexTheTextOrTitle(@ForAll("texts") String text, @ForAll("texts") String title) {
        List<Quote> quotes = EXTRACTOR.extract(title, text, people(text, title));
        assertValid(quotes, title, text);
    }

    @Provide
    Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.oneOf(FuzzText.unicode(), FuzzText.wordSoup(), FuzzText.wordSoup(), FuzzText.markup());
    }

    /** Entities as the entity stage would give them: every "Ilsa Brandt" of text and title. */
    static List<Entity> people(String text, String title) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = text.indexOf("Ilsa Brandt"); i >= 0; i = text.indexOf("Ilsa Brandt", i + 1)) {
            mentions.add(new Mention("Ilsa Brandt", i, i + 11, false));
        }
        for (int i = title.indexOf("Ilsa Brandt"); i >= 0; i = title.indexOf("Ilsa Brandt", i + 1)) {
            mentions.add(new Mention("Ilsa Brandt", i, i + 11, true));
        }
        return mentions.isEmpty() ? List.of() : List.of(new Entity(EntityType.PERSON, "Ilsa Brandt", mentions, 0.9));
    }

    static void assertValid(List<Quote> quotes, String title, String text) {
        for (Quote q : quotes) {
            String source = q.inTitle() ? title : text;
            assertTrue(q.start() >= 0 && q.start() <= q.end() && q.end() <= source.length(),
                    "offsets " + q.start() + ".." + q.end() + " of " + source.length());
            assertEquals(q.text(), source.substring(q.start(), q.end()));
            assertFalse(q.text().isEmpty(), "a quote has words");
        }
    }

    /** The stage reads the first {@link QuoteExtractor#MAX_TEXT_CHARS} characters of a text (see there). */
    @Example
    void twoMegabyteArticlesAreReadWithinTwoSeconds() {
        String text = FuzzText.realisticArticle(1, 2_000_000);
        String hostile = FuzzText.adversarialArticle(3, 2_000_000);
        EXTRACTOR.extract(null, FuzzText.realisticArticle(7, 50_000), List.of());
        List<List<Quote>> found = new ArrayList<>();
        long ms = FuzzText.bestOfThreeMillis(() -> found.add(EXTRACTOR.extract("Talks", text, people(text, ""))));
        long hostileMs = FuzzText.bestOfThreeMillis(() -> found.add(EXTRACTOR.extract("Aa", hostile, people(hostile, ""))));
        System.out.printf("quotes 2 MB realistic: %d ms, adversarial: %d ms%n", ms, hostileMs);
        assertTrue(ms < 2_000, "realistic took " + ms + " ms");
        assertTrue(hostileMs < 2_000, "adversarial took " + hostileMs + " ms");
        assertFalse(found.get(0).isEmpty());
        assertValid(found.get(0), "Talks", text);
        assertValid(found.get(found.size() - 1), "Aa", hostile);
    }
}
