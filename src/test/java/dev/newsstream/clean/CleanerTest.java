package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.ContentType;
import dev.newsstream.model.Outcome;
import dev.newsstream.model.RejectReason;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner(CleanConfig.defaults());

    private static RejectReason rejection(Outcome<CleanArticle> o) {
        Outcome.Rejected<CleanArticle> r = assertInstanceOf(Outcome.Rejected.class, o);
        assertEquals("clean", r.rejection().stage());
        return r.rejection().reason();
    }

    @Test
    void aSecondCopyOfAParagraphIsDroppedButShortRepeatsStay() {
        String lede = "The harbour board of Cellan voted on Monday to run the island ferry twice as often through the winter months.";
        String body = String.join("\n\n", "Ferry to sail twice as often", lede,
                "The operator said the extra crossings would start in November, once the crews had been trained.",
                "print(timetable)", "print(timetable)", lede,
                "Commuters had been left on the quay three mornings a week in October, the board heard.");
        Article a = new Article("id9", null, null, null, body, ContentType.TEXT, "en", null, Map.of());
        String text = Fixtures.accepted(cleaner.clean(a)).text();
        assertEquals(text.indexOf(lede), text.lastIndexOf(lede), text);
        assertTrue(text.contains("print(timetable)\n\nprint(timetable)"), text);
    }

    @Test
    void autoDetectsHtmlAndCopiesArticleFields() {
        Article a = new Article("id7", "https://example.test/x", "courier", null, Fixtures.read("article.html"),
                ContentType.AUTO, "en", 42L, Map.of("feed", "rss"));
        CleanArticle c = Fixtures.accepted(cleaner.clean(a));
        assertEquals("id7", c.id());
        assertEquals("https://example.test/x", c.url());
        assertEquals("courier", c.source());
        assertEquals("en", c.language());
        assertEquals(42L, c.publishedAt());
        assertEquals(Map.of("feed", "rss"), c.metadata());
        assertEquals("Rail workers vote to strike over pay", c.title());
        assertEquals("Tomas Arden", c.byline());
        assertFalse(c.text().contains("<p>"));
        assertTrue(c.text().contains("\n\nTalks to resume\n\n"));
    }

    @Test
    void publishedAtFromPageWhenProducerHasNone() {
        CleanArticle c = Fixtures.accepted(cleaner.clean(Fixtures.article(Fixtures.read("article.html"), ContentType.HTML)));
        assertNotNull(c.publishedAt());
    }

    @Test
    void autoTreatsPageTextAsText() {
        CleanArticle c = Fixtures.accepted(cleaner.clean(Fixtures.article(Fixtures.read("furniture-article.txt"), ContentType.AUTO)));
        assertEquals("Fishermen in Port Aldane brace for a second season of empty nets", c.title());
        assertFalse(c.text().contains("Sign up"));
    }

    @Test
    void textTypeIsNeverParsedAsHtml() {
        String body = "<p>Markup shown as text</p> stays as written in a text article about web pages and tags.";
        CleanArticle c = Fixtures.accepted(cleaner.clean(Fixtures.article(body, ContentType.TEXT)));
        assertTrue(c.text().contains("<p>Markup shown as text</p>"));
    }

    @Test
    void aOneParagraphChineseBriefIsText() {
        // invented: the island ferry will sail twice as often in winter
        String body = "岛上渡轮冬季班次将增加一倍，港务委员会周一作出这一决定。";
        CleanArticle c = Fixtures.accepted(cleaner.clean(Fixtures.article(body, ContentType.TEXT)));
        assertEquals(body, c.text());
        assertEquals(13, c.wordCount(), "a word per two characters, not one for the whole paragraph");
    }

    @Test
    void producerTitleWins() {
        Article a = new Article("a", null, null, "Producer headline", Fixtures.read("plain-article.txt"),
                ContentType.TEXT, null, null, null);
        assertEquals("Producer headline", Fixtures.accepted(cleaner.clean(a)).title());
    }

    @Test
    void deepNestingIsRejectedQuicklyBeforeParsing() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(100_000)).append("deep").append("</div>".repeat(100_000)).append("</body></html>");
        String body = sb.toString();
        Outcome<CleanArticle> o = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> cleaner.clean(Fixtures.article(body, ContentType.AUTO)));
        assertEquals(RejectReason.PATHOLOGICAL_HTML, rejection(o));
    }

    @Test
    void tooManyElementsIsRejected() {
        Cleaner small = new Cleaner(new CleanConfig(512, 1_000, 2_000_000));
        String body = "<html><body>" + "<span>x</span>".repeat(2_000) + "</body></html>";
        assertEquals(RejectReason.PATHOLOGICAL_HTML, rejection(small.clean(Fixtures.article(body, ContentType.HTML))));
    }

    @Test
    void unclosedParagraphsAreNotMistakenForDeepNesting() {
        String para = "<p>The harbour of Ostravel reopened on Monday after three weeks of repairs to the quay wall, "
                + "and the first ferries sailed on time.";
        String body = "<html><body><article>" + para.repeat(600) + "</article></body></html>";
        assertInstanceOf(Outcome.Accepted.class, cleaner.clean(Fixtures.article(body, ContentType.HTML)));
    }

    @Test
    void largeInputsStayLinear() {
        String oneLine = "the harbour of Ostravel reopened on Monday after repairs, officials said. ".repeat(26_000);
        String manyParagraphs = "<html><body>" + "<p>The quay wall was rebuilt with stone from the old pier, workers said.</p>\n".repeat(25_000)
                + "</body></html>";
        // quote boxes nested 500 deep among paragraphs: each box has its own ancestors, and the
        // pull-quote check must not walk the tree again for each (it took minutes when it did)
        StringBuilder nested = new StringBuilder("<html><body>");
        for (int level = 0; level < 500; level++) {
            nested.append("<div>").append("<p>The quay wall was rebuilt with stone from the old pier, workers said.</p>".repeat(20))
                    .append("<div class=\"quote\">The quay wall was rebuilt with stone from the old pier</div>");
        }
        nested.append("</div>".repeat(500)).append("</body></html>");
        // tables nested 500 deep, each cell holding the text of all below it: a block's score reads a bounded prefix
        String tables = "<html><body>" + ("<table><tr><td>" + "The quay wall was rebuilt with stone from the old pier. ".repeat(60)).repeat(500)
                + "</body></html>";
        // a rail of 25,000 teaser cards under one parent: each card's siblings are judged once, not once per card
        String cards = "<html><body><div><p>The quay wall was rebuilt with stone from the old pier, workers said on Monday.</p></div><div>"
                + "<div class=\"card\"><h2><a href=\"/a\">Harbour board votes on ferries</a></h2><p>The board met and agreed a plan.</p><a href=\"/a\">Read more</a></div>".repeat(25_000)
                + "</div></body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertInstanceOf(Outcome.Accepted.class, cleaner.clean(Fixtures.article(oneLine, ContentType.TEXT)));
            assertInstanceOf(Outcome.Accepted.class, cleaner.clean(Fixtures.article(cards, ContentType.AUTO)));
            assertInstanceOf(Outcome.Accepted.class, cleaner.clean(Fixtures.article(manyParagraphs, ContentType.AUTO)));
            assertInstanceOf(Outcome.Accepted.class, cleaner.clean(Fixtures.article(nested.toString(), ContentType.AUTO)));
            assertInstanceOf(Outcome.Accepted.class, cleaner.clean(Fixtures.article(tables, ContentType.AUTO)));
        });
    }

    @Test
    void furnitureOnlyPageHasNoMainText() {
        assertEquals(RejectReason.NO_MAIN_TEXT,
                rejection(cleaner.clean(Fixtures.article(Fixtures.read("listing.html"), ContentType.AUTO))));
        assertEquals(RejectReason.NO_MAIN_TEXT, rejection(cleaner.clean(Fixtures.article("   \n ", ContentType.TEXT))));
        assertEquals(RejectReason.NO_MAIN_TEXT, rejection(cleaner.clean(Fixtures.article(null, ContentType.TEXT))));
    }

    @Test
    void binaryJunkNeverThrows() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            char[] cs = new char[rnd.nextInt(3_000)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = round % 2 == 0 ? (char) rnd.nextInt(0x10000) : "<>/!-=\"' \nabcdivp\u0000".charAt(rnd.nextInt(18));
            }
            String body = new String(cs);
            for (ContentType t : ContentType.values()) {
                assertNotNull(cleaner.clean(Fixtures.article(body, t)));
            }
        }
        assertNotNull(cleaner.clean(null));
    }

    @Test
    void unicodeIsNormalised() {
        String body = "Cafe\u0301 owners in Ostravel\u00A0say the new\u00ADly built square\u200B is \u201Cquiet\u201D "
                + "and \u2018calm\u2019 in   the evenings, which they did not expect when it opened last spring.\n"
                + "They hope the market will bring more visitors to the old town during the summer.";
        CleanArticle c = Fixtures.accepted(cleaner.clean(Fixtures.article(body, ContentType.TEXT)));
        assertTrue(c.text().startsWith("Caf\u00E9 owners in Ostravel say the newly built square is \u201Cquiet\u201D "
                + "and \u2018calm\u2019 in the evenings"), c.text());
        assertFalse(c.text().contains("\u00A0"));
        assertTrue(c.text().contains("\n\nThey hope"));
    }

    @Test
    void isThreadSafe() throws Exception {
        String html = Fixtures.read("article.html");
        String txt = Fixtures.read("furniture-article.txt");
        String expectedHtml = Fixtures.accepted(cleaner.clean(Fixtures.article(html, ContentType.AUTO))).text();
        String expectedTxt = Fixtures.accepted(cleaner.clean(Fixtures.article(txt, ContentType.AUTO))).text();
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                boolean good = true;
                for (int i = 0; i < 30; i++) {
                    good &= expectedHtml.equals(Fixtures.accepted(cleaner.clean(Fixtures.article(html, ContentType.AUTO))).text());
                    good &= expectedTxt.equals(Fixtures.accepted(cleaner.clean(Fixtures.article(txt, ContentType.AUTO))).text());
                }
                ok[id] = good;
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (boolean b : ok) {
            assertTrue(b);
        }
    }
}
