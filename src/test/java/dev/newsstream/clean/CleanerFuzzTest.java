package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.FuzzText;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The clean stage on random and hostile text: an outcome, never an exception or a stage error. */
class CleanerFuzzTest {
    private static final Cleaner CLEANER = new Cleaner(CleanConfig.defaults());

    @Property(tries = 150)
    void anyUnicodeGivesAnOutcome(@ForAll("unicode") String body, @ForAll ContentType type) {
        check(body, type);
    }

    @Property(tries = 150)
    void wordSoupGivesAnOutcome(@ForAll("soup") String body, @ForAll ContentType type) {
        check(body, type);
    }

    @Property(tries = 150)
    void markupGivesAnOutcome(@ForAll("markup") String body) {
        check(body, ContentType.HTML);
        check(body, ContentType.AUTO);
    }

    @Provide
    Arbitrary<String> unicode() {
        return FuzzText.unicode();
    }

    @Provide
    Arbitrary<String> soup() {
        return FuzzText.wordSoup();
    }

    @Provide
    Arbitrary<String> markup() {
        return FuzzText.markup();
    }

    private static void check(String body, ContentType type) {
        Outcome<CleanArticle> o = CLEANER.clean(new Article("f", null, null, null, body, type, null, null, Map.of()));
        if (o instanceof Outcome.Rejected<CleanArticle> r) {
            assertNotEquals(RejectReason.STAGE_ERROR, r.rejection().reason(), r.rejection().detail());
        } else {
            CleanArticle a = ((Outcome.Accepted<CleanArticle>) o).value();
            assertFalse(a.text().isBlank());
            assertEquals(-1, a.text().indexOf('\r'), "line breaks are normalised");
        }
    }

    @Example
    void twoMegabytesOfPageTextAndHtmlAreCleanedWithinTwoSeconds() {
        String text = FuzzText.realisticArticle(1, 2_000_000);
        String html = "<html><head><title>Harbour news</title></head><body><article><p>"
                + FuzzText.realisticArticle(2, 1_950_000).replace("\n\n", "</p>\n<p>") + "</p></article></body></html>";
        String hostile = FuzzText.adversarialArticle(3, 2_000_000);
        CLEANER.clean(article(text.substring(0, 20_000), ContentType.TEXT));
        CLEANER.clean(article(html.substring(0, 20_000), ContentType.HTML));
        for (var c : new Object[][] {{"page text", text, ContentType.TEXT}, {"html", html, ContentType.HTML},
                {"adversarial", hostile, ContentType.AUTO}}) {
            Article a = article((String) c[1], (ContentType) c[2]);
            long ms = FuzzText.bestOfThreeMillis(() -> CLEANER.clean(a));
            System.out.printf("clean 2 MB %s: %d ms%n", c[0], ms);
            assertTrue(ms < 2_000, c[0] + " took " + ms + " ms");
        }
        assertTrue(CLEANER.clean(article(text, ContentType.TEXT)) instanceof Outcome.Accepted<CleanArticle>);
    }

    private static Article article(String body, ContentType type) {
        return new Article("big", null, null, null, body, type, null, null, Map.of());
    }
}
