package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.Article;
import dev.newsstream.model.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SiteFurnitureTest {
    private static final String SITE = "harrowgate-ledger";
    private static final String TOP = Fixtures.read("furniture/wrapper-top.txt").strip();
    private static final String BOTTOM = Fixtures.read("furniture/wrapper-bottom.txt").strip();
    private static final String SLOGAN = TOP.lines().toList().get(1);
    private static final List<String> STORIES = stories();

    private final Cleaner cleaner = new Cleaner(CleanConfig.defaults());

    private static List<String> stories() {
        List<String> out = new ArrayList<>();
        for (String block : Fixtures.read("furniture/stories.txt").replaceFirst("^#[^\n]*\n", "").split("\n\\s*\n")) {
            out.add(block.strip());
        }
        return out;
    }

    /** A page of the invented site: its header, one story with blank lines between paragraphs, its series banner. */
    private static String page(String story) {
        return TOP + "\n\n" + String.join("\n\n", story.lines().toList()) + "\n\n" + BOTTOM + "\n";
    }

    private static String htmlPage(String story) {
        List<String> lines = story.lines().toList();
        StringBuilder b = new StringBuilder("<html><head><title>").append(lines.get(0)).append("</title></head><body>");
        b.append("<div class=\"masthead\"><p>").append(SLOGAN).append("</p></div><article><h1>").append(lines.get(0)).append("</h1>");
        for (String p : lines.subList(1, lines.size())) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("<p>").append(BOTTOM).append("</p></article></body></html>").toString();
    }

    private static Article article(String body, ContentType type, String source) {
        return new Article("a", null, source, null, body, type, "en", null, Map.of());
    }

    /** The per-article loop the topology runs: predicate, clean, observe the cleaned text. */
    private String cleanAndObserve(SiteFurniture sf, String source, String body, ContentType type) {
        return Fixtures.accepted(cleaner.cleanLearning(article(body, type, source), sf)).text();
    }

    private SiteFurniture learned(int articles) {
        SiteFurniture sf = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
        for (int i = 0; i < articles; i++) {
            cleanAndObserve(sf, SITE, page(STORIES.get(i)), ContentType.TEXT);
        }
        return sf;
    }

    @Test
    void singlePageRulesKeepTheWrapper() {
        String text = Fixtures.accepted(cleaner.clean(article(page(STORIES.get(12)), ContentType.TEXT, SITE))).text();
        assertTrue(text.contains(SLOGAN), text);
        assertTrue(text.contains(BOTTOM), text);
    }

    @Test
    void recurringWrapperIsRemovedFromTheNextArticleOfThatSite() {
        SiteFurniture sf = learned(12);
        String story = STORIES.get(12);
        String text = cleanAndObserve(sf, SITE, page(story), ContentType.TEXT);
        assertFalse(text.contains(SLOGAN), text);
        assertFalse(text.contains(BOTTOM), text);
        for (String p : story.lines().toList().subList(1, 3)) {
            assertTrue(text.contains(p), "body paragraph lost: " + p);
        }
    }

    @Test
    void nothingIsLearnedBeforeMinArticles() {
        SiteFurniture sf = learned(8);
        assertFalse(sf.knownFurniture(SITE).test(SLOGAN));
    }

    @Test
    void learnedFurnitureIsAlsoDroppedFromHtmlBlocks() {
        SiteFurniture sf = learned(12);
        String html = htmlPage(STORIES.get(12));
        String single = Fixtures.accepted(cleaner.clean(article(html, ContentType.HTML, SITE))).text();
        assertTrue(single.contains(BOTTOM), single);
        String text = cleanAndObserve(sf, SITE, html, ContentType.HTML);
        assertFalse(text.contains(BOTTOM), text);
        for (String p : STORIES.get(12).lines().toList().subList(1, 3)) {
            assertTrue(text.contains(p), "body paragraph lost: " + p + " in " + text);
        }
    }

    @Test
    void anotherSourceIsUnaffected() {
        SiteFurniture sf = learned(12);
        String text = cleanAndObserve(sf, "valley-gazette", page(STORIES.get(12)), ContentType.TEXT);
        assertTrue(text.contains(SLOGAN), text);
        assertTrue(text.contains(BOTTOM), text);
    }

    @Test
    void nullSourceLearnsNothing() {
        SiteFurniture sf = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
        for (int i = 0; i < 12; i++) {
            cleanAndObserve(sf, null, page(STORIES.get(i)), ContentType.TEXT);
        }
        String text = cleanAndObserve(sf, null, page(STORIES.get(12)), ContentType.TEXT);
        assertTrue(text.contains(SLOGAN), text);
    }

    @Test
    void learnedLinesStayLearnedWhileTheSiteKeepsPrintingThem() {
        // Once removed they are absent from the cleaned text; the predicate's hits must keep them counted.
        SiteFurniture sf = learned(12);
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 13; i++) {
                cleanAndObserve(sf, SITE, page(STORIES.get(i)), ContentType.TEXT);
            }
        }
        assertTrue(sf.knownFurniture(SITE).test(SLOGAN));
        assertTrue(sf.knownFurniture(SITE).test(BOTTOM));
    }

    @Test
    void bodyLinesRepeatedInTwoArticlesAreKept() {
        SiteFurniture sf = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
        String shared = STORIES.get(0).lines().toList().get(1);
        for (int i = 1; i < 12; i++) {
            String story = STORIES.get(i);
            // An update of the footbridge story: its lead paragraph is re-used in two other stories.
            String body = i <= 2 ? story + "\n" + shared : story;
            cleanAndObserve(sf, SITE, page(body), ContentType.TEXT);
        }
        String text = cleanAndObserve(sf, SITE, page(STORIES.get(0)), ContentType.TEXT);
        assertTrue(text.contains(shared), text);
        assertFalse(text.contains(SLOGAN), text);
    }

    @Test
    void longParagraphsNeedMuchStrongerEvidence() {
        SiteFurniture sf = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
        String longLine = "The minister said on Monday that the plan would be published in full before the end of the month,"
                + " once the consultation with the regional councils and the unions had been completed.";
        String shortLine = "Read the full plan on our website.";
        for (int i = 0; i < 30; i++) {
            // Both lines on half of the articles: enough for a short line, not for a paragraph of 30 words.
            sf.observe(SITE, "story " + i + " alpha beta\nline " + i + " gamma" + (i % 2 == 0 ? "\n" + longLine + "\n" + shortLine : ""));
        }
        Predicate<String> known = sf.knownFurniture(SITE);
        assertTrue(known.test(shortLine));
        assertFalse(known.test(longLine));
        for (int i = 0; i < 60; i++) {
            sf.observe(SITE, "story " + i + " delta\n" + longLine);
        }
        assertTrue(sf.knownFurniture(SITE).test(longLine), "a paragraph on nearly every page is furniture");
    }

    @Test
    void keysIgnoreCaseDigitsAndSpacing() {
        assertEquals(SiteFurniture.key("Issue 12  of  2024 ").hash(), SiteFurniture.key("issue 99 of 1999").hash());
        assertNotEquals(SiteFurniture.key("Issue 12 of 2024").hash(), SiteFurniture.key("Issue 12 of 2024 x").hash());
        assertEquals(200, SiteFurniture.normalise("x".repeat(500)).length());
        assertEquals(null, SiteFurniture.key("   "));
    }

    @Test
    void stateStaysBoundedUnderRandomLines() {
        FurnitureConfig config = new FurnitureConfig(10, 0.3, 400);
        Map<String, byte[]> map = new HashMap<>();
        FurnitureStore store = new FurnitureStore() {
            @Override
            public byte[] get(String key) {
                return map.get(key);
            }

            @Override
            public void put(String key, byte[] value) {
                map.put(key, value);
            }
        };
        SiteFurniture sf = new SiteFurniture(config, store);
        Random rnd = new Random(7);
        int maxBytes = 0;
        for (int article = 0; article < 500; article++) {
            StringBuilder b = new StringBuilder("Subscribe to the morning briefing\n");
            for (int k = 0; k < 20; k++) {
                b.append(Long.toString(rnd.nextLong(), 36)).append(' ').append(Long.toString(rnd.nextLong(), 36)).append('\n');
            }
            sf.observe(SITE, b.toString());
            maxBytes = Math.max(maxBytes, map.get(SITE).length);
        }
        assertTrue(maxBytes <= SiteFurniture.maxStateBytes(config), maxBytes + " bytes");
        assertTrue(maxBytes <= 16 + 16 * 400);
        Predicate<String> known = sf.knownFurniture(SITE);
        assertTrue(known.test("Subscribe to the morning briefing"), "a constant line survives 10k random ones");
        assertFalse(known.test("x y"));
    }

    @Test
    void aRedesignIsRelearned() {
        SiteFurniture sf = new SiteFurniture(FurnitureConfig.defaults(), FurnitureStore.inMemory());
        for (int i = 0; i < 150; i++) {
            sf.observe(SITE, "Old tagline of the site\nbody " + Long.toString(i * 7919L, 36));
        }
        assertTrue(sf.knownFurniture(SITE).test("Old tagline of the site"));
        for (int i = 0; i < 250; i++) {
            sf.observe(SITE, "New tagline after the redesign\nbody " + Long.toString(i * 104729L, 36));
        }
        Predicate<String> known = sf.knownFurniture(SITE);
        assertTrue(known.test("New tagline after the redesign"));
        assertFalse(known.test("Old tagline of the site"));
    }

    @Test
    void corruptStateStartsAfresh() {
        FurnitureStore store = FurnitureStore.inMemory();
        store.put(SITE, new byte[] {1, 2, 3});
        SiteFurniture sf = new SiteFurniture(FurnitureConfig.defaults(), store);
        sf.observe(SITE, "a line");
        assertFalse(sf.knownFurniture(SITE).test("a line"));
        assertEquals(16 + 16, store.get(SITE).length);
    }
}
