package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    private static Long published(Document doc) {
        return PageMetadata.read(doc, doc.getElementsByTag("meta")).published();
    }

    private static String byline(Document doc) {
        return PageMetadata.read(doc, doc.getElementsByTag("meta")).byline();
    }

    private static String linkedData(Document doc) {
        return PageMetadata.read(doc, doc.getElementsByTag("meta")).linkedDataByline();
    }

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void timesParseWithTheirOffsetOrAsUtc() {
        assertEquals(at("2031-03-04T08:30:00Z"), PageMetadata.parse("2031-03-04T10:30:00+02:00"));
        assertEquals(at("2031-03-04T07:30:00Z"), PageMetadata.parse("2031-03-04T10:30:00+0300"), "an offset without its colon");
        assertEquals(at("2031-03-04T10:30:00Z"), PageMetadata.parse("2031-03-04 10:30:00"), "a space for the T, no offset");
        assertEquals(at("2031-03-04T00:00:00Z"), PageMetadata.parse("2031-03-04"), "a date alone");
        assertNull(PageMetadata.parse("4 March 2031"));
        assertNull(PageMetadata.parse(""));
    }

    @Test
    void thePublicationTimeComesFromMetaThenMarkupThenJsonLdThenTimeElements() {
        assertEquals(at("2031-03-04T00:00:00Z"), published(page("<meta name=\"publishdate\" content=\"2031-03-04\">", "")));
        assertEquals(at("2031-03-04T00:00:00Z"), published(page("",
                "<span itemprop=\"datePublished\" content=\"2031-03-04\">4. 3. 2031</span>")));
        assertEquals(at("2031-03-04T09:00:00Z"), published(page(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2031-03-04T09:00:00Z\"}</script>", "")));
        assertEquals(at("2031-03-05T09:30:00Z"), published(page("",
                "<time datetime=\"last week\">last week</time><time datetime=\"2031-03-05T09:30Z\">5 March</time>")),
                "a time element that does not parse is passed over for the next");
        assertNull(published(page("", "<div class=\"masthead\"><time datetime=\"2031-03-09\">Today</time></div>")),
                "a time element with a date alone is a header's date widget as often as the story's");
        assertNull(published(page("", "<p>Tuesday</p>")));
    }

    @Test
    void jsonLdGivesTheArticlesOwnDateNotAnEmbeddedVideos() {
        String json = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"VideoObject\",\"datePublished\":\"2029-01-20\"},"
                + "{\"@type\":[\"NewsArticle\"],\"video\":{\"@type\":\"VideoObject\",\"datePublished\":\"2029-01-20\"},"
                + "\"datePublished\":\"2031-06-09T07:00:00+02:00\"}]}";
        assertEquals(at("2031-06-09T05:00:00Z"), PageMetadata.jsonLdPublished(json));
        assertNull(PageMetadata.jsonLdPublished("{\"@type\":\"VideoObject\",\"datePublished\":\"2029-01-20\"}"));
        assertNull(PageMetadata.jsonLdPublished("{ not json"));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void jsonLdNamesTheArticlesAuthorsAsStringsObjectsOrGraphReferences() {
        String article = ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry to sail twice as often\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Marsh\"},{\"@type\":\"Person\",\"name\":\"Tom Askew\"}],"
                + "\"video\":{\"@type\":\"VideoObject\",\"author\":\"Clip Desk\"}}");
        assertEquals("Ada Marsh, Tom Askew", linkedData(page(article, "")));
        assertNull(byline(page(article, "")), "JSON-LD counts only when neither markup nor text names anyone");
        String graph = ld("{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"@id\":\"https://gazette.example/#site\",\"name\":\"Cellan Gazette\"},"
                + "{\"@type\":\"Article\",\"author\":{\"@id\":\"https://gazette.example/#/person/7\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"https://gazette.example/#/person/7\",\"name\":\"Ida Roan\"}]}");
        assertEquals("Ida Roan", linkedData(page(graph, "")));
        String escaped = ld("{\"@type\":\"NewsArticle\",\"author\":[\"Ada O&amp;#039;Marsh\","
                + "{\"@type\":\"Organization\",\"name\":\"Cellan Gazette\"},\"gazette.example\",\"admin\"]}");
        assertEquals("Ada O'Marsh", linkedData(page(escaped, "")),
                "entities decoded, twice escaped too; the publisher, a bare domain and a CMS account are no writers");
        assertEquals("林佳蓉", linkedData(page(ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"林佳蓉\"}}"), "")),
                "a name in a script without case is no lower-case account");
        assertNull(linkedData(page(ld("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"المحرر\"}}"), "")),
                "\"the editor\", a CMS role");
        assertNull(linkedData(page(ld("{\"@type\":\"VideoObject\",\"author\":\"Clip Desk\"}"), "")),
                "an embedded video's author is not the story's");
        assertNull(linkedData(page(ld("{\"@type\":\"WebPage\",\"author\":{\"@type\":\"Person\",\"name\":\"Web Team\"}}"), "")),
                "the page holding the story names its site's team");
        String toOrganization = ld("{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"#org\"}},"
                + "{\"@type\":\"NewsMediaOrganization\",\"@id\":\"#org\",\"name\":\"Cellan Gazette\"}]}");
        assertNull(linkedData(page(toOrganization, "")), "a reference to the publisher");
    }

    @Test
    void anAuthorMetaHoldingAProfileUrlGivesWayToTheNextThatNamesSomeone() {
        assertEquals("Ada Marsh", byline(page("<meta name=\"article:author\" content=\"https://social.example/adamarsh\">"
                + "<meta name=\"author\" content=\"Ada Marsh\">", "")));
        assertEquals("Ada Marsh", byline(page("<meta name=\"article:author\" content=\"Ada Marsh\">", "")));
    }

    @Test
    void anAuthorLinkWithoutTextIsPassedOverForTheVisibleOne() {
        Document doc = page("<link rel=\"author\" href=\"/humans.txt\">",
                "<address class=\"byline\">By <a rel=\"author\" href=\"/staff/ada\">Ada Marsh</a></address>");
        assertEquals("Ada Marsh", byline(doc));
    }

    @Test
    void themeAndMicroformatAuthorClassesNameTheAuthorWhenNothingElseDoes() {
        assertEquals("Kit Jellicoe", byline(page("",
                "<span class=\"byline\">by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/k\">Kit Jellicoe</a></span></span>")));
        assertEquals("Tóth Réka", byline(page("", "<p class=\"byline\"><span class=\"author\">Szerző: Tóth Réka</span></p>")),
                "its label goes");
        assertNull(byline(page("", "<ol class=\"comments\"><li><span class=\"author-name\">Harold P.</span> said …</li></ol>")),
                "a commenter's name is no byline");
        assertEquals("Ada Marsh", byline(page("<meta name=\"parsely-author\" content=\"Ada Marsh\">", "")));
    }
}
