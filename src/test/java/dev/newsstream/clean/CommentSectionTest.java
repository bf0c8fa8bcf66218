package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.clean.LineClassifier.Line;
import dev.newsstream.model.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentSectionTest {
    private final PageTextExtractor extractor = new PageTextExtractor();
    private final CommentSection comments = new CommentSection();

    private List<String> paragraphs(String fixture) {
        return extractor.extract(TextNormalizer.text(Fixtures.read(fixture))).paragraphs();
    }

    private boolean header(String line) {
        return comments.header(line(line), true);
    }

    private static Line line(String text) {
        return new Line(text, Texts.wordCount(text), LineClassifier.Kind.SHORT, false, false, false, false, false, Tokens.words(text));
    }

    private CommentSection.Heading heading(String text) {
        return comments.heading(text, Tokens.words(text), Texts.wordCount(text));
    }

    @Test
    void articleEndsWhereItsCountedCommentSectionStarts() {
        List<String> p = paragraphs("comments-article.txt");
        String all = String.join("\n", p);
        assertTrue(p.get(0).startsWith("Every gardener on the Kestrel Lane allotments"), all);
        assertTrue(p.get(p.size() - 1).startsWith("Split fruit can still be eaten"), all);
        for (String s : List.of("cherry tomatoes", "I mulch with straw", "Thank you both", "says:", "Reply")) {
            assertFalse(all.contains(s), s);
        }
    }

    @Test
    void headersWithReplyButtonsEndTheArticleWithoutAHeading() {
        List<String> p = paragraphs("comments-unheaded-article.txt");
        String all = String.join("\n", p);
        assertTrue(p.get(p.size() - 1).startsWith("Councillor Ines Parra said the trial"), all);
        assertFalse(all.contains("About time too"), all);
        assertFalse(all.contains("café on the ground floor"), all);
    }

    @Test
    void aDatedBylineOverTheStoryIsNotAComment() {
        // the byline's time stamp reads like a commenter's header, but no reply button follows it
        // before the next header: the comments start under the story, not above it
        assertStoryWithoutComments("name-date-byline-comments.txt", "The spring clean drew", "The parish council has offered", 5);
        assertStoryWithoutComments("name-date-byline-de.txt", "Ab Juni fährt der Bus", "„Wer bisher in Oberried", 4);
    }

    private void assertStoryWithoutComments(String fixture, String first, String last, int paragraphs) {
        List<String> p = paragraphs(fixture);
        String all = String.join("\n", p);
        assertEquals(paragraphs, p.size(), all);
        assertTrue(p.get(0).startsWith(first), all);
        assertTrue(p.get(p.size() - 1).startsWith(last), all);
    }

    @Test
    void aThreadsFirstCommentSharesItsReplyButtonWithTheRepliesUnderIt() {
        String story = "Home\nNews\nSport\nWeather\nSubscribe\n\nBus route to the hospital will run every 20 minutes\n"
                + "The number 7 bus between the town centre and the county hospital will run every twenty minutes from June, the company said.\n"
                + "Evening services will also run until eleven o'clock so that staff on late shifts can get home, it added.\n";
        String thread = "Maureen Pell\n2 days ago\nAt last. I have missed two appointments in the past year because the bus"
                + " was full and the next one was an hour away.\n"
                + "Colin Arden\n2 days ago\nSame here. It would help if the timetable was put up at the stop.\nReply\n"
                + "Dilys Mortimer\n1 day ago\nThe late buses are the real news for the nurses.\nReply\n";
        List<String> p = extractor.extract(TextNormalizer.text(story + thread + "Privacy policy\n© 2031 Gazette\n")).paragraphs();
        String all = String.join("\n", p);
        assertEquals(2, p.size(), all);
        assertFalse(all.contains("appointments"), all);
    }

    @Test
    void aBlogsSaidAndEllipsisHeaderIsACommentersHeader() {
        String story = "Volunteers cleared two tonnes of litter from the banks of the Orrin on Saturday, the parish council said.\n"
                + "The group will meet again on the first Saturday of every month through the summer, with gloves and skips paid for"
                + " by the council.\n";
        String page = story + "2 comments:\nAnonymous said...\nWell done all, the stretch by the mill has not looked this good"
                + " in years.\nDana K. said...\nIs there a sign-up sheet for the May session, or do we just turn up on the day?\n";
        List<String> p = extractor.extract(TextNormalizer.text(page)).paragraphs();
        assertEquals(2, p.size(), p.toString());
        assertTrue(header("Anonymous said..."));
        assertFalse(comments.header(line("Anonymous said..."), false), "a named header counts only where the caller allows it");
    }

    @Test
    void datedLinesAndACountLikeSubheadInsideTheArticleStay() {
        List<String> p = paragraphs("dated-listing-article.txt");
        String all = String.join("\n", p);
        assertTrue(all.contains("The season ends with a string sextet"), all);
        assertTrue(all.contains("Tickets go on sale at the box office"), all);
        assertTrue(p.get(p.size() - 1).startsWith("Those three ideas run through the whole programme"), all);
    }

    @Test
    void commenterHeaders() {
        for (String h : List.of("Ruth Calloway says:", "MarekJune 14, 2031 at 9:12 AM", "14. März 2031 um 08:45",
                "Greta Holm 2 days ago", "Paulo hace 3 horas", "2031-05-03 14:22 Jan", "Anne sagt:",
                "TomasV Mar 3rd at 11:05 pm", "Karl Brenner / 22.04.2031", "Ruth Calloway 3 May 2031")) {
            assertTrue(header(h), h);
        }
        for (String h : List.of("The vote is at 7:30 pm tonight", "Posted on August 2, 2031", "He says:"
                + " the council has spent the money on roads, schools and the harbour",
                "Results: 1. Oostveen 6:47.85", "August 21, 2031", "22.04.2031", "Council budget, 2031",
                "In 2031 it rose to 4.50 percent.", "Berlin, 22.04.2031", "Kestwick, May 3, 2031", "The minister said:",
                "The first winter ferry leaves from Pier 3 at 7:15 each morning.", "Ferry leaves Pier 3 at 7:15",
                "Islanders will meet the company on June 14 at 7:30 pm.")) {
            assertFalse(header(h), h);
        }
        // a named header counts only where the caller allows it: after a count, a form, or with reply buttons
        assertFalse(comments.header(line("Ruth Calloway says:"), false));
    }

    @Test
    void countHeadings() {
        for (String h : List.of("24 comments:", "38 Comments", "Kommentare (34)", "5 thoughts on “Why our tomatoes split”",
                "12 Kommentare", "5 thoughts on “Should the ferry run twice a day?”")) {
            assertEquals(CommentSection.Heading.COUNTED, heading(h), h);
        }
        assertEquals(CommentSection.Heading.BARE_NOUN, heading("Comments"));
        assertEquals(CommentSection.Heading.INVITATION, heading("Leave a Reply"));
        for (String h : List.of("Comments are closed for this article because of legal proceedings", "Three thoughts",
                "Readers sent 24 comments", "40 responses came from teachers, the survey found.")) {
            assertEquals(CommentSection.Heading.NONE, heading(h), h);
        }
    }

    @Test
    void afterTheBareNounOnlyADatedHeaderOpensTheSection() {
        String body = "The ferry company will cut its service to the outer islands to one return crossing a day from November, it said on Monday.";
        List<String> named = List.of(body, body, "Comments", "Ruth Calloway wrote:", body);
        List<String> dated = List.of(body, body, "Comments", "Ruth Calloway 3 May 2031", body);
        List<String> counted = List.of(body, body, "2 Comments", "Ruth Calloway wrote:", body);
        assertEquals(-1, comments.start(new LineClassifier().classify(named), 1, 4));
        assertEquals(2, comments.start(new LineClassifier().classify(dated), 1, 4));
        assertEquals(2, comments.start(new LineClassifier().classify(counted), 1, 4));
    }

    @Test
    void aReactionsSubheadBeforeAQuoteIntroDoesNotEndTheArticle() {
        List<String> p = paragraphs("reactions-subhead-article.txt");
        String all = String.join("\n", p);
        assertTrue(p.get(p.size() - 1).startsWith("The ferry company said it would publish"), all);
        assertTrue(all.contains("The harbour master said:"), all);
    }

    @Test
    void readersLettersUnderNamesAndDaysEndTheArticle() {
        String page = String.join("\n", "Start", "Politik", "Wirtschaft", "Kultur", "Sport", "Kontakt",
                "Die Stadt baut die alte Brücke über den Fluss bis zum Herbst neu, weil die Prüfer im Frühjahr Risse in den Pfeilern gefunden haben.",
                "Während der Bauzeit fährt eine Fähre alle zwanzig Minuten, und die Busse werden über die Umgehungsstraße geleitet, was die Fahrt um eine Viertelstunde verlängert.",
                "Die Kosten trägt zum größten Teil das Land, die Stadt zahlt nach Angaben des Bauamts etwa ein Fünftel der Summe aus ihrem Haushalt.",
                "Leserpost",
                "Karl Brenner / 22.04.2031",
                "Ich fahre jeden Tag über diese Brücke und habe mich schon lange gefragt, wann endlich etwas geschieht, denn die Risse sieht man seit Jahren.",
                "Petra Lind / 23.04.2031",
                "Eine Fähre alle zwanzig Minuten reicht im Berufsverkehr sicher nicht aus, da sollte die Stadt noch einmal nachdenken und mehr Boote einsetzen.");
        List<String> p = extractor.extract(page).paragraphs();
        String all = String.join("\n", p);
        assertTrue(p.get(p.size() - 1).startsWith("Die Kosten trägt zum größten Teil das Land"), all);
        assertFalse(all.contains("Ich fahre jeden Tag"), all);
    }
}
