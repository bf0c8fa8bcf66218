package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.clean.LineClassifier.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {
    private static final List<String> BODY = List.of(
            "The harbour board of Cellan voted on Monday to run the island ferry twice as often through the winter, after a month in which commuters were left on the quay three mornings a week.",
            "The ferry operator said the extra crossings would start in November and that the older of its two boats would be kept in service until the new one arrives.");

    private static int headline(List<String> header) {
        List<String> texts = new ArrayList<>(header);
        texts.addAll(BODY);
        List<Line> lines = new LineClassifier().classify(texts);
        return Headline.index(lines, header.size());
    }

    private static int headline(List<String> header, List<String> body) {
        List<String> texts = new ArrayList<>(header);
        texts.addAll(body);
        return Headline.index(new LineClassifier().classify(texts), header.size());
    }

    @Test
    void anUnspacedHeadlineIsFoundByItsCharactersOverATicker() {
        // invented: an index ticker above the headline "Elevator retrofits in old estates speed up"
        List<String> chinese = List.of("澜江日报", "东和平均 38,412.56 +512.30", "澜江老旧小区加装电梯提速：今年计划新增三百部", "2032年3月12日");
        List<String> chineseBody = List.of(
                "记者从澜江市住建局获悉，今年全市老旧小区加装电梯工作将进一步提速，计划新增三百部，比去年增加一倍。",
                "按照新政策，居民出资比例最高降至三成，其余部分由市、区两级财政给予补贴，审批时间也将缩短一半。");
        assertEquals(2, headline(chinese, chineseBody));
    }

    @Test
    void theHeadlineIsTheLineWhoseWordsComeBackInTheLede() {
        List<String> header = List.of("Valley Courier Regional Edition", "Posted on March 3, 2031",
                "Storm closes the coastal footpath near the lighthouse",
                "Island ferry to sail twice as often this winter",
                "News and Politics", "By Marta Lindqvist");
        assertEquals(3, headline(header));
    }

    @Test
    void aStandfirstWithoutFullStopLosesToTheHeadlineAboveIt() {
        List<String> header = List.of("Home", "Island ferry to sail twice as often this winter",
                "Harbour board votes for winter crossings after commuters were left on the quay",
                "Photo: the Cellan ferry at the outer pier. (Jonas Pell)");
        assertEquals(1, headline(header));
    }

    @Test
    void aStandfirstPastABylineLosesToTheHeadlineAboveButASiteNameDoesNotWin() {
        assertEquals(1, headline(List.of("Home", "Island ferry to sail twice as often this winter", "By Marta Lindqvist",
                "Harbour board votes for winter crossings after commuters were left on the quay")));
        assertEquals(2, headline(List.of("Cellan Ferry News", "March 3, 2031",
                "Harbour board votes for winter crossings after commuters were left on the quay")),
                "a name sharing two words past a dateline is no headline");
    }

    @Test
    void aHeadlineMayOpenWithABrandInLowerCaseButNotWithALowerCaseWord() {
        List<String> body = List.of("The iFerry app now books the island ferry, which will sail twice as often through the winter after"
                + " commuters were left on the quay three mornings a week, the harbour board said.");
        List<String> texts = new ArrayList<>(List.of("Menu", "iFerry app books the winter island ferry",
                "ferry island winter commuters quay harbour board app"));
        texts.addAll(body);
        List<Line> lines = new LineClassifier().classify(texts);
        assertEquals(1, Headline.index(lines, 3), "the tag line shares more words but opens with a lower-case word");
    }

    @Test
    void withoutSharedWordsTheFirstHeadlineShapedLineThatIsNoDatelineStands() {
        List<String> header = List.of("Tuesday, March 4, 2031", "All aboard, at last", "Gallery");
        assertEquals(1, headline(header));
        assertEquals(0, headline(List.of("Aboard at last. Again.", "Gallery")), "a short headline may end with a full stop");
    }

    @Test
    void aStandfirstEndingWithAFullStopIsNoHeadlineHoweverManyWordsItShares() {
        List<String> header = List.of("Island ferry to sail twice as often this winter", "By Marta Lindqvist",
                "The harbour board voted to run the ferry twice as often after commuters were left on the quay.");
        assertEquals(0, headline(header));
    }

    @Test
    void datelinesAreNotHeadlines() {
        for (String d : List.of("Posted on April 29, 2031", "Dienstag, 1. Februar 2031", "01.21.2031 07:00 AM",
                "Jan. 28, 2031, at 5:55 AM", "Published November 8, 2031", "Last updated Tuesday, April 29, 2031",
                "Veröffentlicht am Dienstag, 1. Februar 2031, 14:30 Uhr", "Valley Courier February 24, 2031, 7:57 AM",
                "June 5, 2031 by Jane Roe")) {
            assertTrue(Headline.dateShaped(Tokens.words(d)), d);
        }
        for (String h : List.of("The 2031 Endorsement Race Is Getting Interesting", "Where and How to Buy an RTX 3080, 3090 or 3070",
                "Top 10 ferry routes of the year", "Euro 2032 final tickets", "Oscars 2031: the winners",
                "Wahl 2031: Roe gewinnt", "Ferry line cancels 3:15 sailings", "Island ferry to sail twice as often",
                "48 Hours in Cellan", "Last 3 ferries sail tonight", "May 2031 harbour election results")) {
            assertFalse(Headline.dateShaped(Tokens.words(h)), h);
        }
    }

    @Test
    void aShareBarBetweenHeadlineAndStoryDoesNotPutTheHeadlineOutOfReach() {
        List<String> header = new ArrayList<>(List.of("Home", "Island ferry to sail twice as often this winter", "March 3, 2031"));
        for (String network : List.of("Facebook", "Messenger", "Twitter", "Email", "WhatsApp", "LinkedIn", "Pinterest", "Reddit")) {
            header.add("Share this with " + network);
            header.add(network);
        }
        header.add("Close share panel");
        assertEquals(1, headline(header), "the share panel's buttons are furniture and do not count against the reach");
    }

    @Test
    void aBreadcrumbRunIntoTheHeadlineLosesToTheHeadlineStandingAlone() {
        List<String> header = List.of("Home Harbour Island ferry to sail twice as often this winter", "Harbour",
                "Island ferry to sail twice as often this winter", "By Marta Lindqvist");
        assertEquals(2, headline(header));
    }

    @Test
    void aReadingTimeIsNoHeadline() {
        assertEquals(-1, headline(List.of("Newsletter", "21 minutes - 4312 words", "By Marta Lindqvist")));
        assertEquals(-1, headline(List.of("Newsletter", "Lesezeit: 3 Min.", "By Marta Lindqvist")));
        assertEquals(1, headline(List.of("Newsletter", "90 Minutes on the Island Ferry", "By Marta Lindqvist")),
                "a headline with minutes has words of its own");
    }

    @Test
    void aCaptionEndingInItsCreditIsNoHeadline() {
        List<String> header = List.of("Commuters on the quay wait for the island ferry through the winter. (FILE)",
                "Harbour board votes for more crossings", "By Marta Lindqvist");
        assertEquals(1, headline(header), "the caption's sentence ends before its credit");
        assertEquals(-1, headline(List.of("Ferry news", "Commuters wait on the quay at dawn. (FILE)", "Share")),
                "nor is a short one the first headline-shaped line");
    }

    @Test
    void aHeadlineEndingInANameKeepsItsWordsWhenTheNameStandsUnderItAsATag() {
        List<String> header = List.of("Ferry sailings doubled by the Harbour Board of Cellan", "Harbour Board of Cellan",
                "By Marta Lindqvist");
        assertEquals(0, headline(header), "what the tag lacks is a sentence's words, not a breadcrumb's steps");
    }

    @Test
    void aQuestionOrACaptionUnderAShortHeadlineIsNotTakenForIt() {
        assertEquals(1, headline(List.of("Newsletter", "All aboard, at last", "Who will pay for the winter timetable?",
                "By Marta Lindqvist")), "a question under the headline is its standfirst");
        assertEquals(1, headline(List.of("Newsletter", "All aboard, at last", "Passengers on the quay at dawn",
                "Photo: Jonas Pell", "By Marta Lindqvist")), "a line over a photo credit is a caption");
    }

    @Test
    void aHeadlineSharingOneWordWithTheStoryWinsOverTheMenuLinkAboveIt() {
        List<String> header = List.of("Newsletter", "Back to the blog", "What the quay taught us", "By Marta Lindqvist");
        assertEquals(2, headline(header));
        assertEquals(1, headline(List.of("Newsletter", "Back to the blog", "All aboard, at last", "By Marta Lindqvist")),
                "with no word shared, the first headline-shaped line stands");
    }

    @Test
    void aBreadcrumbTrailInFrontOfTheHeadlineIsDropped() {
        assertEquals("Island ferry to sail twice as often", Headline.withoutBreadcrumb("Home → Islands → Island ferry to sail twice as often"));
        for (String kept : List.of("« Non » , « jamais » : le maire répond aux pêcheurs", "Roe: »Wir fahren weiter« und die Folgen",
                "Temperatures > 40C expected on the islands", "Ferries » Timetable", ">", "»", "|||")) {
            assertEquals(kept, Headline.withoutBreadcrumb(kept), "quotation marks, one separator, nothing left");
        }
        assertEquals("Harbour board sells the old ferry to a museum",
                Headline.withoutBreadcrumb("You are here: Home » Islands » Harbour board sells the old ferry to a museum"));
        assertEquals("News about the islands and their ferries » Ferries » Island ferry to sail twice as often",
                Headline.withoutBreadcrumb("News about the islands and their ferries » Ferries » Island ferry to sail twice as often"),
                "a trail's steps are short names");
        assertEquals("Ferry timetable (5 routes) | Winter, spring and summer",
                Headline.withoutBreadcrumb("Home › Ferries › Ferry timetable (5 routes) | Winter, spring and summer"),
                "the trail's own separator is cut, not the headline's bar");
        assertEquals("Heat > 40C | Ferries cancelled across the islands",
                Headline.withoutBreadcrumb("Heat > 40C | Ferries cancelled across the islands"), "two kinds of separator are no trail");
        assertEquals("Island ferry to sail twice as often", Headline.withoutBreadcrumb("Front Page » Transport » Island ferry to sail twice as often"));
        assertEquals("Island ferry to sail twice as often", Headline.withoutBreadcrumb("Start|Magazine|Islands|Island ferry to sail twice as often"));
        assertEquals("Ferry timetable (5 routes) | Winter, spring and summer",
                Headline.withoutBreadcrumb("Ferry timetable (5 routes) | Winter, spring and summer"), "one bar is part of the headline");
        assertEquals("Home › Ferries", Headline.withoutBreadcrumb("Home › Ferries"), "too short a tail is no headline");
        assertEquals("12 small ferry cabins you can book this winter",
                Headline.withoutBreadcrumb("You are here: Home / Travel / Ferries / 12 small ferry cabins you can book this winter"));
        for (String kept : List.of("\"Ferries first\" / Harbour board elects its new chair", "Ferry runs 24/7 and/or on demand from the old quay",
                "Ferries / The long argument over who pays for the island's ferry / Harbour board elects its chair")) {
            assertEquals(kept, Headline.withoutBreadcrumb(kept), "one spaced slash, slashes in words, a long step");
        }
        assertEquals("Winter timetable for the island ferries",
                Headline.withoutBreadcrumb("Home / Travel › Ferries › Winter timetable for the island ferries"), "the separator found twice");
        String dated = "12 / 03 / 2031 Winter timetable for the island ferries";
        assertEquals(dated, Headline.withoutBreadcrumb(dated), "a date's figures are no trail's steps");
    }

    @Test
    void theLineNamingWhoIssuedThePageIsNoHeadline() {
        List<String> header = List.of("Press release", "Winter ferry timetable agreed for the island",
                "Crossings will double from November under plans agreed today.",
                "From: Harbour Board of Cellan and the island ferry operator", "Published 3 March 2031");
        assertEquals(1, headline(header), "the issuer's names recur in the lede more than the headline's words");
    }

    @Test
    void aHeadlineOpeningWithSourceIsAHeadline() {
        List<String> header = List.of("Source: Harbour board to run the island ferry twice as often this winter", "Island ferry news");
        assertEquals(0, headline(header), "not the section label under it");
    }

    @Test
    void aTrailWhoseLastStepShortensTheHeadlineGivesWayToTheHeadlineBelow() {
        List<String> header = List.of("Home / News / 2031 / Island ferry to sail twice as often",
                "Island ferry to sail twice as often this winter", "3 March 2031");
        assertEquals(1, headline(header));
        assertEquals("Island ferry to sail twice as often", Headline.withoutBreadcrumb("Home / News / 2031 / Island ferry to sail twice as often"),
                "a year among the trail's named steps");
        assertEquals("12 / 03 / Island ferry to sail twice as often", Headline.withoutBreadcrumb("12 / 03 / Island ferry to sail twice as often"),
                "a date's figures are no trail");
    }
}
