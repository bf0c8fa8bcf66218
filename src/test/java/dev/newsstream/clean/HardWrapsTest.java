package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {

    @Test
    void joinsParagraphsWrappedAtAFixedColumn() {
        String page = """
                Notes from the allotment

                The first frost came three weeks early this year, and most of the
                beans were still on the canes when it did. I picked what I could in
                the dark with a torch, which is not something I want to do again.
                Next year the canes go up a fortnight sooner.

                The leeks did better than ever, which I put down to the trench of
                old straw and manure dug in over the winter, and to the wet summer
                that saved me from carrying water down the hill every evening.

                Lessons
                """;
        List<String> lines = HardWraps.lines(page);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("The first frost came three weeks early this year, and most of the beans were"), lines.get(1));
        assertTrue(lines.get(1).endsWith("to do again. Next year the canes go up a fortnight sooner."), lines.get(1));
        assertTrue(lines.get(2).endsWith("down the hill every evening."), lines.get(2));
    }

    @Test
    void oneWrappedLookingBlockAloneIsLeftAsItIs() {
        // lower-case list items whose lengths happen to look like a wrap: no second paragraph agrees
        String page = """
                Why the pumps

                the old sluice gates need to be worked by hand twice a day
                replacing them would cost more than the pumps themselves
                the parish council has already agreed to pay for the power
                """;
        assertEquals(4, HardWraps.lines(page).size());
    }

    @Test
    void leavesMenusHeadlineListsAndHeadingsApart() {
        // short items; capitalised headlines of similar length; a heading over a numbered section title
        assertFalse(HardWraps.isWrapped(List.of("Home", "News", "Sport", "Weather")));
        assertFalse(HardWraps.isWrapped(List.of(
                "Council approves the new bridge over the river Aldane",
                "Harbour master retires after thirty years at the port",
                "School reopens after the summer floods damaged its hall")));
        assertFalse(HardWraps.isWrapped(List.of("Starting tomatoes indoors without a greenhouse", "1 Introduction")));
    }

    @Test
    void raggedLinesAreNotAWrap() {
        // lines broken by hand (a poem, an address) rather than at a column
        assertFalse(HardWraps.isWrapped(List.of(
                "the tide goes out across the long grey flats of the estuary at dawn",
                "and the birds come down",
                "to feed")));
    }

    @Test
    void listItemsInLowerCaseAndCodeAreNotAWrap() {
        // each next item's first word would have fitted on the line before
        assertFalse(HardWraps.isWrapped(List.of(
                "supported by the county and by most of the parish councils",
                "cheap to run once the first pumps are installed",
                "quiet enough to run at night near the houses")));
        assertFalse(HardWraps.isWrapped(List.of(
                "counts = load_counts(\"swifts.csv\") # one row per nest",
                "plot(counts, main = \"Swifts per nest, 2031\") # a quick look")));
    }

    @Test
    void aWordHyphenatedAcrossTheBreakKeepsItsHyphenAndLosesTheSpace() {
        String page = """
                The harbour board met on Tuesday evening to decide on the long-
                awaited repairs to the north quay, which has been closed since the
                storm in March damaged its outer wall and two of its old cranes.

                Work will start in the spring and should take about eight months,
                the board said, during which the fishing fleet will use the south
                quay and the ferry will dock at the old coal pier further along.
                """;
        List<String> lines = HardWraps.lines(page);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("on the long-awaited repairs to the north quay"), lines.get(0));
    }

    @Test
    void aDropCapOnItsOwnLineIsPutBackOnItsParagraph() {
        String page = """
                Harbour reopens after storm repairs

                T

                he north quay reopened on Friday after eight months of repairs to its outer wall.

                “N

                obody thought we would be back this year,” the harbour master said at the ceremony.
                """;
        List<String> lines = HardWraps.lines(page);
        assertEquals(List.of("Harbour reopens after storm repairs",
                "The north quay reopened on Friday after eight months of repairs to its outer wall.",
                "“Nobody thought we would be back this year,” the harbour master said at the ceremony."), lines);
    }

    @Test
    void aLoneLetterAboveALinkALabelOrWhatMayBeItsOwnWordStaysApart() {
        List<String> lines = HardWraps.lines("S\n\nhttps://quay.example/news and more of the harbour news\n\nP\n\nhome page\n\n"
                + "b\n\nthe ferry timetable for the winter months\n\nA\n\nstorm hit the north quay on Friday night");
        assertEquals(List.of("S", "https://quay.example/news and more of the harbour news", "P", "home page",
                "b", "the ferry timetable for the winter months", "A", "storm hit the north quay on Friday night"), lines);
    }
}
