package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final Extraction e = new HtmlExtractor().extract(Fixtures.read("article.html"));
    private final String text = String.join("\n\n", e.paragraphs());

    @Test
    void titleFromHeadlineWithoutSiteSuffix() {
        assertEquals("Rail workers vote to strike over pay", e.title());
    }

    @Test
    void bylineAndPublicationTimeFromMetadata() {
        assertEquals("Tomas Arden", e.byline());
        assertEquals(Instant.parse("2031-03-05T09:30:00Z").toEpochMilli(), e.publishedAt());
    }

    @Test
    void keepsParagraphsSubheadsListItemsAndBlockquotesInOrder() {
        List<String> p = e.paragraphs();
        assertTrue(p.get(0).startsWith("Rail workers across the valley"), p.get(0));
        assertTrue(p.contains("Talks to resume"));
        assertTrue(p.contains("Night buses would replace the last trains on both days."));
        assertTrue(text.contains("“Nobody wants to strike, but our members have had enough of promises,”"));
        assertTrue(p.get(p.size() - 1).startsWith("Passenger groups urged"), p.get(p.size() - 1));
        assertTrue(text.indexOf("Talks to resume") < text.indexOf("The operator said"));
    }

    @Test
    void dropsScriptsNavigationShareBarsCaptionsAsidesCommentsAndFooter() {
        for (String s : List.of("tracking", "display: flex", "Sport", "Share on Facebook", "Courier archive",
                "Related stories", "Bus fares", "outrageous", "All rights reserved", "morning briefing",
                "Rail workers vote to strike over pay")) {
            assertFalse(text.contains(s), s);
        }
    }

    @Test
    void pageWithoutArticleGivesNoParagraphs() {
        assertTrue(new HtmlExtractor().extract(Fixtures.read("listing.html")).paragraphs().isEmpty());
    }
}
