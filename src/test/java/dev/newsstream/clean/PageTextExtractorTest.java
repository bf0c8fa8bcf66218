package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.Texts;
import dev.newsstream.clean.LineClassifier.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTextExtractorTest {
    private final PageTextExtractor extractor = new PageTextExtractor();

    /** Two paragraphs of an invented story, for pages built around the case a test is about. */
    private static final String FERRY_LEDE = "The harbour board of Cellan voted on Monday to run the island ferry twice as"
            + " often through the winter, after a month in which commuters were left on the quay three mornings a week.";
    private static final String FERRY_SECOND = "The ferry operator said the extra crossings would start in November and that"
            + " the older of its two boats would be kept in service until the new one arrives next spring.";

    /** A site's menu over the page and its share bar and footer under it; the footer is furniture evidence. */
    private static final List<String> MENU = List.of("Home", "News", "Islands", "Subscribe", "Share", "Facebook", "Twitter");
    private static final String FOOTER = "© 2031 Cellan Gazette. All rights reserved.";
    private static final List<String> SHARE_BAR_AND_FOOTER = List.of("Share", "Facebook", "Twitter", FOOTER);

    private Extraction extract(String fixture) {
        return extractor.extract(TextNormalizer.text(Fixtures.read(fixture)));
    }

    /** The paragraphs of a page of page text: the menu, then the parts' lines in order, one paragraph each. */
    @SafeVarargs
    private List<String> paragraphsOfPage(List<String>... parts) {
        List<String> lines = new ArrayList<>(MENU);
        for (List<String> part : parts) {
            lines.addAll(part);
        }
        return extractor.extract(TextNormalizer.text(String.join("\n\n", lines))).paragraphs();
    }

    private static String text(Extraction e) {
        return String.join("\n\n", e.paragraphs());
    }

    @Test
    void keepsEveryBodyParagraphOfAFurnishedPage() {
        Extraction e = extract("furniture-article.txt");
        List<String> p = e.paragraphs();
        assertTrue(p.get(0).startsWith("The fishing co-operative of Port Aldane voted"), p.get(0));
        assertTrue(p.get(p.size() - 1).startsWith("Varga said the town had survived"), p.get(p.size() - 1));
        assertEquals(6, p.size(), text(e));
    }

    @Test
    void headlineAndBylineComeFromTheHeaderBlock() {
        Extraction e = extract("furniture-article.txt");
        assertEquals("Fishermen in Port Aldane brace for a second season of empty nets", e.title());
        assertEquals("Marta Lindqvist", e.byline());
    }

    @Test
    void aNameOverADateUnderTheStandfirstIsTheBylineNotASubhead() {
        Extraction e = extract("name-date-byline-comments.txt");
        assertEquals("Tamsin Greaves", e.byline());
        assertFalse(e.paragraphs().contains("Tamsin Greaves"), e.paragraphs().toString());
        assertFalse(e.paragraphs().contains("April 12, 2031 6:10 pm"), e.paragraphs().toString());
        assertEquals("Jonas Wehrle", extract("name-date-byline-de.txt").byline());
        // no standfirst: the block stands over the first paragraph
        Extraction above = extractor.extract(TextNormalizer.text(Fixtures.read("name-date-byline-comments.txt")
                .replace("The spring clean drew more than ninety helpers, twice last year's number, and the parish council"
                        + " wants to make it a monthly event.\n", "")));
        assertEquals("Tamsin Greaves", above.byline());
        assertEquals("Volunteers clear two tonnes of litter from the Orrin riverbank", above.title());
    }

    @Test
    void aPlacesOrSectionsLabelOverADateIsNoByline() {
        String lede = "Fire crews fought the blaze at the bakery on Mill Lane for six hours, and the building could not be saved.";
        String second = "The first call came from a taxi driver who saw smoke curling out of the bakery's vent at the back.";
        // a timeline: a label and a time under the lede, more dated lines further down
        List<String> timeline = paragraphsOfPage(MENU, List.of("Harbour blaze", lede, "Kellan's Bakery", "Saturday 11.42pm", second,
                "Harbour Street", "Sunday, March 3, 2031", FERRY_SECOND), SHARE_BAR_AND_FOOTER);
        assertTrue(timeline.contains("Kellan's Bakery"), timeline.toString());
        Extraction labelled = extractor.extract(TextNormalizer.text(String.join("\n", MENU) + "\n\nHarbour blaze\n" + lede
                + "\nLocal Bakery\nApril 12, 2031 6:10 pm\n" + second + "\n" + String.join("\n", SHARE_BAR_AND_FOOTER)));
        assertNull(labelled.byline(), "the story writes 'bakery' in lower case: a label, not an author");
        assertTrue(labelled.paragraphs().contains(second), labelled.paragraphs().toString());
    }

    @Test
    void datesBetweenBodyParagraphsStayUnlessTheyCarryTheByline() {
        // a timeline's date under a paragraph that announces it, and a date that is a subhead deeper in
        List<String> p = paragraphsOfPage(MENU, List.of("Harbour timeline", FERRY_LEDE + " Here is how it went:",
                "March 3, 2031", FERRY_SECOND), SHARE_BAR_AND_FOOTER);
        assertTrue(p.contains("March 3, 2031"), p.toString());
        assertTrue(NameAndDate.name("Ana de la Vega"));
        assertTrue(NameAndDate.name("Jane R."));
        assertFalse(NameAndDate.name("Council votes on budget"));
        assertFalse(NameAndDate.name("Jane Roe."));
        assertFalse(NameAndDate.name("Roe"));
    }

    @Test
    void bulletedItemsOfProseAreAListNotAMenu() {
        List<String> items = List.of("• cars will be sent along the coast road and the quay,",
                "• lorries over 12 tonnes will use the northern bypass,", "• cyclists can cross on a temporary footbridge.");
        List<String> body = new ArrayList<>(List.of(FERRY_LEDE, "The harbour board has set out the following diversions:"));
        body.addAll(items);
        body.add(FERRY_SECOND);
        List<String> p = paragraphsOfPage(MENU, body, List.of("• Home", "News • Sport • Weather"), SHARE_BAR_AND_FOOTER);
        assertTrue(p.containsAll(items), p.toString());
        assertFalse(p.contains("News • Sport • Weather"), p.toString());
        assertFalse(p.contains("• Home"), p.toString());
    }

    @Test
    void aTablesHeadingRowEndingInALabelWordIsNoShareButton() {
        List<String> table = List.of("Full results:", "Candidate Votes Share", "Ines Parra 4,812 41.2%", "Tomas Vell 4,209 36.0%");
        List<String> body = new ArrayList<>(List.of(FERRY_LEDE));
        body.addAll(table);
        body.add(FERRY_SECOND);
        List<String> p = paragraphsOfPage(MENU, body, SHARE_BAR_AND_FOOTER);
        assertTrue(p.containsAll(table), p.toString());
        List<Line> bar = new LineClassifier().classify(List.of("Facebook Twitter Share", "Email this story", "Print"));
        assertTrue(bar.get(0).hard(), "over no rows of figures the label is a share bar's");
    }

    @Test
    void aTabloidsOneSentenceLedeOverOneSentenceParagraphsIsBody() {
        String lede = "A FISHERMAN hauled a rusty safe full of old coins out of Cellan harbour on his first cast.";
        List<String> body = List.of(lede, "Proud Ivor Bell, 64, said it weighed a ton.", "He rang the coastguard at once.",
                "The coins went to the island museum, where staff said they were minted in 1841.",
                "\"I only wanted a mackerel,\" he told the paper with a grin, and his wife agreed.");
        List<String> p = paragraphsOfPage(MENU, List.of("Comments"), body, SHARE_BAR_AND_FOOTER);
        assertEquals(lede, p.get(0), p.toString());
        assertTrue(PageTextExtractor.titleCase("Fisherman Hauls Rusty Safe Full Of Coins Out Of Harbour."));
        assertFalse(PageTextExtractor.titleCase(lede));
        List<String> headline = paragraphsOfPage(List.of("Fisherman Hauls Rusty Safe Full Of Old Coins Out Of Cellan Harbour."),
                body.subList(1, body.size()), SHARE_BAR_AND_FOOTER);
        assertFalse(headline.get(0).startsWith("Fisherman Hauls"), "a headline in title case with a full stop is no lede");
    }

    @Test
    void aListOfQuantitiesBetweenParagraphsStays() {
        List<String> items = List.of("You will need:", "450g plain flour", "1 tsp bread soda", "1 tsp salt", "400ml buttermilk");
        List<String> body = new ArrayList<>(List.of(FERRY_LEDE));
        body.addAll(items);
        body.add(FERRY_SECOND);
        List<String> p = paragraphsOfPage(MENU, body, SHARE_BAR_AND_FOOTER);
        assertTrue(p.containsAll(items), p.toString());
        List<String> method = new ArrayList<>(List.of(FERRY_LEDE, "Ingredients:", "450g plain flour", "1 tsp salt", "buttermilk", "Method:"));
        method.add(FERRY_SECOND);
        assertTrue(paragraphsOfPage(MENU, method, SHARE_BAR_AND_FOOTER).contains("Ingredients:"),
                "a last label over the paragraphs under the run counts as a section");
        List<String> teasers = List.of("10 best beaches in Cornwall this summer", "5 ways to save on your energy bill",
                "3 reasons the ferry is always late");
        List<String> rail = new ArrayList<>(List.of(FERRY_LEDE));
        rail.addAll(teasers);
        rail.add(FERRY_SECOND);
        List<String> q = paragraphsOfPage(MENU, rail, SHARE_BAR_AND_FOOTER);
        assertFalse(q.contains(teasers.get(0)), "numbered headlines are no quantities: " + q);
    }

    @Test
    void bulletedHeadlinesBetweenParagraphsAreARailAndAnnouncedOnesAList() {
        List<String> rail = List.of("• Council to borrow £4m for new harbour wall", "• Fishing fleet stays in port as the herring vanish");
        List<Line> railLines = new LineClassifier().classify(rail);
        assertTrue(railLines.get(0).hard() && railLines.get(1).hard(), railLines.toString());
        List<String> announced = new ArrayList<>(List.of("Key points:"));
        announced.addAll(List.of("• Council to borrow £4m for new harbour wall", "• Ferry fares to stay the same until April"));
        List<Line> listLines = new LineClassifier().classify(announced);
        assertFalse(listLines.get(1).hard() || listLines.get(2).hard(), listLines.toString());
    }

    @Test
    void aCaptionOverATabloidsCapitalisedLedeIsNoLede() {
        String caption = "Firefighters and police at the scene on Colliers Row in the early hours of Tuesday morning.";
        List<String> body = List.of(caption, "A BINMAN dragged a pensioner from her burning bungalow.",
                "Hero Dean Marsh, 41, smashed a window with his wheelie bin.",
                "The fire service said the blaze started in the kitchen of the bungalow and spread quickly to the roof.",
                "\"I just did what anyone would do,\" he said as neighbours cheered him outside the house.");
        List<String> p = paragraphsOfPage(MENU, List.of("Share"), body, SHARE_BAR_AND_FOOTER);
        assertFalse(p.contains(caption), p.toString());
    }

    @Test
    void proseAboutPhotographsCookiesAndPollsIsNoFurniture() {
        List<Line> lines = new LineClassifier().classify(List.of(
                "He lost his boat in the storm and kept one thing, a photograph: his wife waving from the jetty in 1979.",
                "Der Banner habe Besuchern lediglich mitgeteilt, wir nutzen Cookies, um die Seite zu verbessern.",
                "Le bandeau se contente d'indiquer que nous et nos partenaires utilisons des cookies, sans préciser lesquels.",
                "Auch interessant: Schon vor zwei Jahren hatte der Rat versucht, die Kosten zu verstecken.",
                "The pollster said an online panel does not necessarily reflect the views of older voters in the county.",
                "Review your privacy settings"));
        for (Line l : lines) {
            assertFalse(l.hard(), l.toString());
        }
    }

    @Test
    void dropsNavigationHeaderLabelsAndDeck() {
        String t = text(extract("furniture-article.txt"));
        for (String s : List.of("Skip to main content", "Climate", "Environment | Harbours", "What happened",
                "Warming water pushed the herring north", "Fishermen in Port Aldane brace")) {
            assertFalse(t.contains(s), s);
        }
    }

    @Test
    void dropsCaptionsAndImageCredits() {
        String t = text(extract("furniture-article.txt"));
        assertFalse(t.contains("Getty Images"));
        assertFalse(t.contains("Boats moored at the quay"));
    }

    @Test
    void dropsNewsletterBoxInsideTheArticle() {
        String t = text(extract("furniture-article.txt"));
        assertFalse(t.contains("Sign up"));
        assertFalse(t.contains("delivered to your inbox"));
        assertFalse(t.contains("Coastal Ledger Weekly"));
    }

    @Test
    void keepsInArticleSubheadBetweenBodyParagraphs() {
        assertTrue(extract("furniture-article.txt").paragraphs().contains("What comes next"));
    }

    @Test
    void keepsSubheadAfterAnInlineReadMoreLink() {
        List<String> p = extract("inline-links-article.txt").paragraphs();
        int sub = p.indexOf("Insurance gaps");
        assertTrue(sub > 0, String.join("\n", p));
        assertTrue(p.get(sub + 1).startsWith("Only a handful of the smaller farms"), String.join("\n", p));
        assertFalse(p.stream().anyMatch(s -> s.startsWith("Read more")), String.join("\n", p));
    }

    @Test
    void teaserHeadlineAfterABareLabelStaysOut() {
        List<String> p = extract("inline-links-article.txt").paragraphs();
        assertFalse(p.contains("Beekeepers warn of a quiet spring in the northern hills"), String.join("\n", p));
        assertTrue(p.get(p.size() - 1).startsWith("The council is expected to decide"), String.join("\n", p));
    }

    @Test
    void dropsAuthorBioTeasersAndFooter() {
        String t = text(extract("furniture-article.txt"));
        for (String s : List.of("is a staff reporter", "Ferry timetable cut", "The island ferry will run",
                "Lighthouse museum", "Read more", "Share this article", "All rights reserved", "Privacy policy")) {
            assertFalse(t.contains(s), s);
        }
    }

    @Test
    void cleanWireReportStaysWhole() {
        String input = TextNormalizer.text(Fixtures.read("wire-report.txt"));
        Extraction e = extractor.extract(input);
        assertEquals("ROWING - VELDMARK WINS SINGLE SCULLS IN RECORD TIME.", e.title());
        assertEquals(Texts.wordCount(input), Texts.wordCount(e.title()) + Texts.wordCount(text(e)));
        assertTrue(e.paragraphs().contains("2. Pieter Oostveen (Netherlands) 6:47.85"));
        assertEquals("HALVERSTAD 2031-06-14", e.paragraphs().get(0));
    }

    @Test
    void cleanArticleStaysWholeWithHeadlineAsTitle() {
        String input = TextNormalizer.text(Fixtures.read("plain-article.txt"));
        Extraction e = extractor.extract(input);
        assertEquals("City council approves new tram line to the eastern districts", e.title());
        assertEquals(4, e.paragraphs().size());
        assertEquals(Texts.wordCount(input), Texts.wordCount(e.title()) + Texts.wordCount(text(e)));
    }

    @Test
    void noHeadlineWhenTheArticleStartsWithBody() {
        String input = "The harbour authority of Ostravel said on Monday that it would dredge the northern channel "
                + "this summer, after two cargo ships ran aground there in the spring.\n"
                + "The work is expected to take four months and to cost about twelve million.\n"
                + "Written by Ines Farrow";
        Extraction e = extractor.extract(input);
        assertNull(e.title());
        assertEquals("Ines Farrow", e.byline());
        assertEquals(2, e.paragraphs().size());
    }

    @Test
    void loneReadMoreAfterTheArticleDoesNotEraseIt() {
        String input = "Subscribe now\n\nThe museum of Ostravel will close for renovation in the autumn, the city "
                + "said on Friday, and the collection will travel to three other cities in the meantime.\n\n"
                + "The renovation will replace the roof and the heating, which date from the nineteen sixties, and "
                + "add a new wing for temporary exhibitions.\n\nRead more\n\nLogin";
        Extraction e = extractor.extract(input);
        assertEquals(2, e.paragraphs().size());
    }

    @Test
    void keepsNumberedListAnnouncedByTheParagraphBefore() {
        List<String> p = extract("howto-article.txt").paragraphs();
        for (String item : List.of("1. Drain the hydraulic line", "3. Oil the screw thread", "5. Log the date in the club book")) {
            assertTrue(p.contains(item), item + " in\n" + String.join("\n", p));
        }
        assertTrue(p.stream().anyMatch(s -> s.startsWith("Each step takes a few minutes")), String.join("\n", p));
    }

    @Test
    void aListThatASentenceUnderASubheadAnnouncesIsKeptButALabelledLinkBoxIsNot() {
        String page = String.join("\n\n", "Home", "News", "Islands", "Subscribe", "Share", "Facebook", "Twitter",
                FERRY_LEDE,
                "%s",
                "Morning crossing at a quarter to seven",
                "Evening crossing at ten past six",
                FERRY_SECOND,
                "Share", "Facebook", "Twitter", "© 2031 Cellan Gazette. All rights reserved.");
        String t = text(extractor.extract(TextNormalizer.text(String.format(page,
                "What changes\n\nFor the months from November to March, these are the new crossings:"))));
        assertTrue(t.contains("What changes\n\nFor the months from November to March, these are the new crossings:\n\n"
                + "Morning crossing at a quarter to seven\n\nEvening crossing at ten past six\n\nThe ferry operator"), t);
        String box = text(extractor.extract(TextNormalizer.text(String.format(page, "Jane Roe\n\nFind this author in:"))));
        assertFalse(box.contains("Jane Roe") || box.contains("crossing at"), box);
        assertTrue(box.contains("The ferry operator"), box);
    }

    @Test
    void sectionHeadingsThatATableOfContentsListedStayBetweenTheirParagraphs() {
        List<String> sections = List.of("Booking a crossing", "Bringing a car", "Travelling with animals", "Winter sailings");
        List<String> body = List.of(sections.get(0),
                "Tickets are sold at the harbour office and on board, and a return costs less than two singles bought apart.",
                sections.get(1),
                "Cars need a booking made a day ahead at the office.",
                "The car deck holds twelve cars, and vans over two metres high travel only on the first crossing of the morning.",
                sections.get(2),
                "Dogs travel free on the open deck, but they have to stay on a lead for the whole of the crossing.",
                sections.get(3),
                "From November to March the ferry sails twice a day, and a crossing is cancelled when the wind is too strong.");
        List<String> p = paragraphsOfPage(List.of("A guide to the island ferry",
                "The island ferry runs again this year, and this guide explains how to plan a crossing from the harbour at Cellan.",
                "What this guide covers:"), sections, body, SHARE_BAR_AND_FOOTER);
        assertTrue(p.size() > body.size(), String.join("\n", p));
        assertEquals(body, p.subList(p.size() - body.size(), p.size()));
    }

    @Test
    void aStripOfCaptionsWhoseCaptionsComeBackBesideTheirPhotosIsNoTableOfContents() {
        List<String> captions = List.of("The ferry leaves the quay at dawn", "Commuters wait in the rain",
                "The second boat on the slipway");
        List<String> photos = new ArrayList<>();
        for (String caption : captions) {
            photos.addAll(List.of(caption, "Of the picture showing that " + caption.toLowerCase(java.util.Locale.ROOT)
                    + ", the harbour board said it would be reviewed in the spring with the crews."));
        }
        String t = String.join("\n\n", paragraphsOfPage(List.of(FERRY_LEDE), captions, photos, SHARE_BAR_AND_FOOTER));
        for (String caption : captions) {
            assertFalse(t.contains(caption), t);
        }
    }

    @Test
    void aLabelRepeatedBetweenParagraphsIsNoRunOfSectionHeadings() {
        String label = "Story continues below";
        List<String> body = new ArrayList<>(List.of(FERRY_LEDE));
        for (String topic : List.of("the timetable", "the fares", "the new boat", "the crews")) {
            body.addAll(List.of(label, "The harbour board also said that " + topic
                    + " would be reviewed in the spring, once the first winter of double crossings was over."));
        }
        String t = String.join("\n\n", paragraphsOfPage(body, SHARE_BAR_AND_FOOTER));
        assertTrue(t.contains("the crews would be reviewed"), t);
        assertEquals(t.indexOf(label), t.lastIndexOf(label), t);
    }

    @Test
    void storiesListedInTheHeaderAndRepeatedAsCardsAreNoSectionHeadings() {
        List<String> stories = List.of("Harbour board names a new operator", "Island school gets a new roof",
                "Fishing season opens with calm seas", "Lighthouse opens its doors to visitors");
        List<String> cards = new ArrayList<>();
        for (String story : stories) {
            cards.addAll(List.of(story, "What happened when the " + story.toLowerCase(java.util.Locale.ROOT).replace(" a ", " the ")
                    + ", in a paragraph that a reader of the islands can finish in a minute."));
        }
        String t = String.join("\n\n", paragraphsOfPage(stories,
                List.of("Ferry to sail twice as often this winter", FERRY_LEDE, FERRY_SECOND, "Share", "Facebook", "Twitter"),
                cards, List.of(FOOTER)));
        assertTrue(t.contains("The ferry operator said"), t);
        for (String story : stories) {
            assertFalse(t.contains(story), t);
        }
    }

    @Test
    void cardsUnderARelatedLabelAreTheBoxButTheStoryGoingOnUnderItIsNot() {
        List<String> story = List.of(FERRY_LEDE, FERRY_SECOND,
                "Commuters on the quay said they would believe the new timetable when they saw the first boat leave on time in the dark.",
                "The board's chair told a meeting in the harbour office that the second boat had been leased from a yard on the mainland for three winters.",
                "Fishermen, who share the quay with the ferry, asked for the crossings to be kept clear of the hours when the boats land their catch.",
                "The island council will pay a third of the cost of the extra crossings, and the harbour board the rest, until the spring review.");
        List<String> cards = new ArrayList<>();
        for (String headline : List.of("Harbour board names a new operator", "Island school gets a new roof",
                "Fishing season opens with calm seas")) {
            cards.addAll(List.of(headline, "Islands", "What happened when the " + headline.toLowerCase(java.util.Locale.ROOT)
                    + ", in a paragraph that a reader of the islands can finish in a minute."));
        }
        for (String label : List.of("More news", "Related posts", "Most read", "Lire aussi", "Czytaj też")) {
            assertEquals(story, paragraphsOfPage(story, List.of(label), cards, List.of(FOOTER)), label);
        }
        // Cards signed by their authors: a byline inside the box does not close it.
        List<String> signedCards = new ArrayList<>();
        for (int k = 0; k < 3; k += 1) {
            signedCards.addAll(List.of(cards.get(3 * k), cards.get(3 * k + 2), "By Jane Roe", "March " + (k + 3) + ", 2031"));
        }
        assertEquals(story, paragraphsOfPage(story, List.of("More news"), signedCards, List.of(FOOTER)));

        List<String> inlineBox = List.of("More news", "Harbour board names a new operator", "Island school gets a new roof");
        List<String> goesOn = List.of(
                "The harbour board will publish the winter timetable at the end of the month, after the crews have agreed their rotas.",
                "Until then the ferry keeps to the summer timetable, with its last crossing at six in the evening on weekdays.");
        List<String> p = paragraphsOfPage(story, inlineBox, goesOn, SHARE_BAR_AND_FOOTER);
        assertTrue(p.containsAll(goesOn), String.join("\n", p));

        // The story goes on in sections of one paragraph each, as cards would, but its paragraphs are no excerpts.
        List<String> sections = List.of("The timetable",
                "The harbour board will publish the winter timetable at the end of the month, after the crews have agreed their"
                        + " rotas, and it has promised that the first crossing will leave no later than a quarter to seven on weekdays,"
                        + " so that commuters reach the mainland offices by eight, and that the last one will wait for the evening train"
                        + " when it runs late, as it did on most Fridays of the autumn.",
                "The fares",
                "Fares stay as they are until the spring review, when the board will weigh the cost of the second boat against the"
                        + " number of passengers it carried, and the council has asked for a reduced fare for pupils and pensioners who"
                        + " cross every day, which the board said it would consider once the first winter's figures were in and the"
                        + " operator had agreed to share the cost.");
        p = paragraphsOfPage(story, inlineBox, sections, SHARE_BAR_AND_FOOTER);
        assertTrue(p.containsAll(sections.subList(1, 2)) && p.contains(sections.get(3)), String.join("\n", p));
    }

    @Test
    void aBriefingThatOpensOnAMoreNewsSectionKeepsIt() {
        List<String> items = new ArrayList<>();
        for (String headline : List.of("Ferry to sail twice as often", "Island school gets a new roof", "Fishing season opens early")) {
            items.addAll(List.of(headline, "The harbour board said on Monday that " + headline.toLowerCase(java.util.Locale.ROOT)
                    + " was the news most readers on the islands asked about this week."));
        }
        List<String> p = paragraphsOfPage(List.of("Monday briefing",
                "Good morning. Here is what you need to know about the islands today, in five minutes.", "More news"),
                items, SHARE_BAR_AND_FOOTER);
        assertTrue(p.containsAll(items.subList(1, items.size())), String.join("\n", p));
    }

    @Test
    void anEditorsUpdateOrCorrectionUnderTheStoryIsTheStorys() {
        String page = String.join("\n\n", "Home", "News", "Islands", "Subscribe", "Share", "Facebook", "Twitter",
                "Updated: July 3, 2031 at 8:05 a.m. ET",
                FERRY_LEDE,
                FERRY_SECOND,
                "%s",
                "More from Islands", "Share", "Facebook", "Twitter", "© 2031 Cellan Gazette. All rights reserved.");
        for (String note : List.of("Update, July 3, 8:05 a.m. ET: Added the harbour master's statement.",
                "Correction: An earlier version of this story misspelled the operator's name.",
                "Mise à jour : le conseil a publié l'horaire complet.",
                "Additional reporting by Jane Roe; Editing by John Doe")) {
            String t = text(extractor.extract(TextNormalizer.text(String.format(page, note))));
            assertTrue(t.endsWith("arrives next spring.\n\n" + note), t);
            assertFalse(t.contains("Updated: July 3"), "a header's stamp is no note: " + t);
        }
        String credited = text(extractor.extract(TextNormalizer.text(String.format(page,
                "— Cellan Harbour (@cellanharbour) July 3, 2031\n\nUpdate: Added the harbour master's statement."))));
        assertTrue(credited.endsWith("Update: Added the harbour master's statement."), credited);
        String syndicated = text(extractor.extract(TextNormalizer.text(page.replace("Updated: July 3, 2031 at 8:05 a.m. ET",
                "July 3, 2031\n\nThis story originally appeared on Island Radio.").replace("%s", "Share this"))));
        assertTrue(syndicated.startsWith("This story originally appeared on Island Radio.\n\nThe harbour board"), syndicated);
        assertFalse(LineClassifier.isUpdateNote("Updated: July 3, 2031 at 8:05 a.m. ET"));
        assertFalse(LineClassifier.isUpdateNote("Update preferences"));
        assertFalse(LineClassifier.isEditorsNote("reporting by the harbour board's own staff was thin"));
        assertFalse(LineClassifier.isUpdateNote("Updates from the harbour: a weekly newsletter"));
    }

    @Test
    void teaserCardsClosedByReadTheRestAndALineSendingReadersElsewhereAreFurniture() {
        String card = "%s\n\nThe %s committee met on Tuesday and agreed a plan that its members had argued about for "
                + "most of the year, with a vote expected next month.\n\nREAD THE REST";
        String page = String.join("\n\n", "Home", "News", "Islands", "Subscribe", "Share", "Facebook", "Twitter",
                FERRY_LEDE,
                FERRY_SECOND,
                "Plan your trip in the winter months—read the rest of our island travel guide.",
                String.format(card, "Library opens on Sundays", "library"),
                String.format(card, "Bakery wins a prize", "market"),
                String.format(card, "School gets a new roof", "school"),
                "© 2031 Cellan Gazette. All rights reserved.");
        String t = text(extractor.extract(TextNormalizer.text(page)));
        assertTrue(t.startsWith("The harbour board") && t.endsWith("arrives next spring."), t);
    }

    @Test
    void aListThatASentenceAnnouncesAtTheEndOfTheArticleStaysUpToTheAuthorsName() {
        String page = String.join("\n\n", "Home", "News", "Islands", "Subscribe", "Share", "Facebook", "Twitter",
                "Island ferry to sail twice as often this winter",
                FERRY_LEDE,
                FERRY_SECOND,
                "Passenger groups welcomed the vote but asked for a later last crossing on Fridays, when most of the"
                        + " island's students come home from the mainland.",
                "%s",
                "Morning crossing at a quarter to seven",
                "Midday crossing at half past twelve",
                "Evening crossing at ten past six",
                "Author: Jane Roe",
                "Share", "Facebook", "Twitter", "© 2031 Cellan Gazette. All rights reserved.");
        String announced = String.format(page, "For the months from November to March, these are the new crossings:");
        Extraction e = extractor.extract(TextNormalizer.text(announced));
        String t = text(e);
        assertTrue(t.contains("these are the new crossings:\n\nMorning crossing at a quarter to seven"), t);
        assertTrue(t.endsWith("Evening crossing at ten past six"), t);
        assertEquals("Jane Roe", e.byline());
        String label = text(extractor.extract(TextNormalizer.text(String.format(page, "Timetable changes:"))));
        assertFalse(label.contains("crossing at"), "a label announces a box of teasers, not the article's list: " + label);
        String rail = String.join("\n\n", "Elsewhere on the islands this week, these were the stories people read most:",
                "Harbour board sells the old ferry to a museum on the mainland",
                "Island school wins national prize for its sea rescue project",
                "Storm closes the north quay for a third time this winter",
                "New bakery opens on the harbour front after two years of works",
                "Lighthouse keepers' cottages to become a youth hostel next summer",
                "Fishermen fear a second season of empty nets off the west coast");
        String railed = text(extractor.extract(TextNormalizer.text(page.replace("%s\n\nMorning crossing at a quarter to seven\n\n"
                + "Midday crossing at half past twelve\n\nEvening crossing at ten past six", rail))));
        assertFalse(railed.contains("youth hostel"), "a sentence over a rail of headlines does not make it the article's list: " + railed);
    }

    @Test
    void aBylineLabelNeedsANameAfterIt() {
        List<Line> lines = new LineClassifier().classify(List.of("By the end of the year", "By Jane Roe", "Author: Jane Roe",
                "author: the draft was ready"));
        assertEquals(List.of(false, true, true, false), lines.stream().map(Line::byline).toList());
    }

    @Test
    void keepsCodeListingBetweenBodyParagraphs() {
        List<String> p = extract("howto-article.txt").paragraphs();
        // "print(...)" is a call in the listing, not a Print button.
        for (String line : List.of("import datetime", "def next_check(last):", "print(next_check(datetime.date.today()))",
                "# send the reminder to the group",
                "notify(members, next_check(today))")) {
            assertTrue(p.contains(line), line + " in\n" + String.join("\n", p));
        }
    }

    @Test
    void keepsTableOfFiguresBetweenBodyParagraphs() {
        List<String> p = extract("howto-article.txt").paragraphs();
        assertTrue(p.contains("2021 1,505 1"), String.join("\n", p));
        assertTrue(p.contains("Season Litres Breakdowns"), String.join("\n", p));
    }

    @Test
    void seeAlsoBoxBetweenBodyParagraphsStaysOut() {
        String t = text(extract("howto-article.txt"));
        assertFalse(t.contains("See also"), t);
        assertFalse(t.contains("Ten apple varieties"), t);
        assertTrue(t.contains("The society hopes to publish"), t);
    }

    @Test
    void datedTeaserRailAfterTheArticleStaysOut() {
        String t = text(extract("howto-article.txt"));
        assertFalse(t.contains("pruning saws"), t);
        assertFalse(t.contains("March 3, 2024"), t);
        assertFalse(t.contains("Orchard Lane Digest"), t);
    }

    @Test
    void listAndCodeShapeIsPunctuationMarkersAndMeasuresNotDatesOrProse() {
        for (String s : List.of("120g rye flour", "x = scale(y)", "• a loose item", "- another item", "3.5 GB/s on the old disk",
                "2. Second step", "a) first option", "Turnout rose to 61%")) {
            assertTrue(LineClassifier.listOrCodeShaped(s), s);
        }
        for (String s : List.of("November 14, 2019", "Why orchards (and bees) matter", "Home", "Posted on 3rd May 2021",
                "The mayor spoke for an hour")) {
            assertFalse(LineClassifier.listOrCodeShaped(s), s);
        }
    }

    @Test
    void ledeSentenceSetApartFromTheBodyByAShareBarIsKept() {
        Extraction e = extract("lede-apart-article.txt");
        List<String> p = e.paragraphs();
        assertEquals("Council votes to reopen the Harrowgate footbridge after two years of repairs", e.title());
        assertTrue(p.get(0).startsWith("Engineers found that the old iron deck was sound"), String.join("\n", p));
        assertTrue(p.get(p.size() - 1).startsWith("Residents on both banks"), String.join("\n", p));
    }

    @Test
    void aShortLedeRightUnderTheHeadlineStaysAndAShortBlurbUnderALabelDoesNot() {
        String lede = "This guide shows how to build a cold frame from old windows in a weekend.";
        List<String> headed = List.of("Home", "Garden", "Workshop", "Kitchen", "Tools",
                "How to build a cold frame for the vegetable patch", lede, "June 4, 2031",
                "The first step is to choose a softwood that has dried for at least a year, because green timber twists as it dries and the frame will no longer close.",
                "Cut the four sides of the frame a little long, and trim them only once the glass has been measured, since old panes are rarely quite square.");
        List<String> p = extractor.extractLines(headed).paragraphs();
        assertEquals(lede, p.get(0), String.join("\n", p));
        List<String> labelled = new java.util.ArrayList<>(headed);
        labelled.set(5, "Sponsored");
        p = extractor.extractLines(labelled).paragraphs();
        assertFalse(p.contains(lede), String.join("\n", p));
        List<String> tagline = new java.util.ArrayList<>(headed);
        tagline.add(7, "Choosing timber for garden frames");
        p = extractor.extractLines(tagline).paragraphs();
        assertFalse(p.contains(lede), "a headline after it makes it the site's tagline: " + String.join("\n", p));
    }

    @Test
    void standfirstWithoutFullStopAndCaptionStayInTheHeader() {
        String t = text(extract("lede-apart-article.txt"));
        assertFalse(t.contains("Cyclists and walkers will have the crossing back"), t);
        assertFalse(t.contains("Workers lift a new railing"), t);
        assertFalse(t.contains("June 4, 2025"), t);
        assertFalse(t.contains("Share on"), t);
    }

    @Test
    void aCaptionOverItsCreditInParenthesesIsNoStandfirst() {
        String caption = "Commuters wait for the first ferry at Cellan.";
        List<String> header = List.of("Island ferry to sail twice as often this winter", caption, "(Jonas Pell / Cellan Gazette)",
                "By Marta Lindqvist", "March 3, 2031", "Share");
        List<String> p = paragraphsOfPage(header, List.of(FERRY_LEDE, FERRY_SECOND), SHARE_BAR_AND_FOOTER);
        assertEquals(List.of(FERRY_LEDE, FERRY_SECOND), p);
        List<String> uncredited = new ArrayList<>(header);
        uncredited.remove("(Jonas Pell / Cellan Gazette)");
        assertEquals(caption, paragraphsOfPage(uncredited, List.of(FERRY_LEDE, FERRY_SECOND), SHARE_BAR_AND_FOOTER).get(0),
                "without its credit the sentence under the headline reads as a standfirst");
        List<String> noted = new ArrayList<>(header);
        noted.set(2, "(Adds harbour board's comment in paragraph 2)");
        assertEquals(caption, paragraphsOfPage(noted, List.of(FERRY_LEDE, FERRY_SECOND), SHARE_BAR_AND_FOOTER).get(0),
                "an editor's note in parentheses is no photo credit");
    }

    @Test
    void blurbBehindACommentFormIsNotPartOfTheArticle() {
        String t = text(extract("blog-tail-article.txt"));
        assertFalse(t.contains("is written by a small group of walkers"), t);
        assertFalse(t.contains("Notify me"), t);
        assertTrue(t.contains("The full results will be sent to the county recorder"), t);
    }

    @Test
    void articleResumingAfterAnInsertedNewsletterBoxIsKept() {
        List<String> p = extract("blog-tail-article.txt").paragraphs();
        assertEquals(4, p.size(), String.join("\n", p));
        assertTrue(p.get(2).startsWith("The afternoon was harder going"), String.join("\n", p));
    }

    @Test
    void aParagraphLabelledAsADisclaimerIsFurnitureWhateverItsLength() {
        // Invented notices; the last two only mention a disclaimer, as a story may
        List<Line> lines = new LineClassifier().classify(List.of(
                "Disclaimer: The views in the comments below belong to their writers and not to this site, which has neither checked nor endorsed them, and no reader should act on them without independent advice from a qualified person.",
                "Editorial disclaimer (applies to every review in this section): products were lent to us by their makers and returned after testing, and no maker saw a review before it was published.",
                "Haftungsausschluss: Für die Inhalte verlinkter Seiten sind ausschließlich deren Betreiber verantwortlich.",
                "The disclaimer printed on the ballot papers confused many voters, the returning officer told the inquiry on Tuesday afternoon.",
                "Lawyers for the bank said the disclaimer: was never shown to customers who signed up online."));
        assertTrue(lines.get(0).kind() == LineClassifier.Kind.BAD && lines.get(0).hard(), lines.get(0).toString());
        assertTrue(lines.get(1).kind() == LineClassifier.Kind.BAD && lines.get(1).hard(), lines.get(1).toString());
        assertTrue(lines.get(2).kind() == LineClassifier.Kind.BAD && lines.get(2).hard(), lines.get(2).toString());
        assertEquals(LineClassifier.Kind.GOOD, lines.get(3).kind(), lines.get(3).text());
        assertEquals(LineClassifier.Kind.GOOD, lines.get(4).kind(), lines.get(4).text());
    }

    @Test
    void aRelatedContentLabelIsFurnitureButAHeadlineThatStartsLikeOneIsNot() {
        // Invented lines: labels of link boxes, then headlines and subheads that only start alike
        List<Line> lines = new LineClassifier().classify(List.of(
                "Explore further", "Otras noticias", "Lesen Sie auch", "More from the Valley Courier", "Más sobre Economía",
                "Related", "Further reading lists for pupils", "Más de cien familias siguen sin luz",
                "More on the council's budget", "Related charities join the appeal"));
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.get(i).kind() == LineClassifier.Kind.BAD && lines.get(i).hard(), lines.get(i).toString());
        }
        assertTrue(lines.get(5).hard(), lines.get(5).toString());
        for (int i = 6; i < lines.size(); i++) {
            assertFalse(lines.get(i).hard(), lines.get(i).toString());
        }
    }

    @Test
    void aBareSpanishReadLabelBeforeAHeadlineIsATeaserButASpeakerNamedLeaIsNot() {
        // Invented lines
        assertHardFurniture(List.of(
                "Lea: El puerto de Valdemora cierra por obras durante el invierno",
                "Lea: Creo que el puerto debería cerrar solo en enero, cuando hay menos tráfico.",
                "Lea también: Los pescadores piden ayudas por el cierre del puerto"),
                true, false, true);
    }

    @Test
    void aCallToActionIsFurnitureButProseThatUsesItsWordsIsNot() {
        // Invented lines: news sentences that use the words of a call, then the calls themselves
        assertHardFurniture(List.of(
                "Residents can sign up at the town hall until Friday, the council said on Monday.",
                "She urged pupils to read more books over the summer holidays, the minister said.",
                "Officials said the account was used to log in to the payroll system twice that night.",
                "The US will sign up to the harbour treaty next year, the ministry said on Monday.",
                "\u201cSign up before the trial starts,\u201d the coach told the rowers on Tuesday.",
                "Sign up for our newsletter to get the latest news every morning.",
                "To get the latest news every morning, sign up for our newsletter.",
                "Want the whole story of the ferry? Read more on the harbour page.",
                "Read more",
                "Sign up now",
                "Apply Now",
                "Students who missed the deadline can apply now through the college's website, the board said."),
                false, false, false, false, false, true, true, true, true, true, true, false);
    }

    @Test
    void callsToActionInPortugueseItalianAndPolishAreFurniture() {
        // Invented lines: labels of share bars and read-on links, then prose in the same languages
        assertHardFurniture(List.of("Leia também", "Saiba mais", "Compartilhe", "Leggi anche", "Condividi",
                        "Czytaj także", "Udostępnij", "Reklama",
                        "A câmara pediu que cada aluno leia mais livros durante as férias de verão.",
                        "Il sindaco ha chiesto ai cittadini di leggere di più sul nuovo orario del traghetto."),
                true, true, true, true, true, true, true, true, false, false);
    }

    @Test
    void tagListsCountersAndPlayerLabelsAreFurnitureButSentencesAboutThemAreNot() {
        // Invented lines
        assertHardFurniture(List.of(
                "Category: Harbour news", "Tags: ferry, winter timetable, island council, commuters",
                "Schlagwörter: Fähre, Winterfahrplan", "37 views", "1.2K shares", "Watch video 02:17", "Video 1:45",
                "Tags were attached to every crate before the ferry sailed.",
                "The video, shot at dawn, shows the ferry leaving the quay at 6:45.",
                "Topics: the council will discuss the timetable, the fares and the new boat.",
                "37 viewers", "Category: 3", "Music Video Countdown 22:40"),
                true, true, true, true, true, true, true, false, false, false, false, false, false);
    }

    @Test
    void aCallPutToTheReaderIsFurnitureWithoutYourOrOur() {
        // Invented lines: appeals that name the reader or ask a question, then a report of a sign-up
        assertHardFurniture(List.of("Readers can sign up for the morning briefing free of charge.",
                        "Not a member yet? It only takes a minute to sign up.",
                        "More than 400 residents have signed up to the scheme, and others can sign up at the library."),
                true, true, false);
    }

    @Test
    void aCategoryLineInsideTheStoryIsTheStorysAndTagsAboveMoreLinesAreFurniture() {
        String opening = "The island film festival gave its prizes on Saturday night in the old ferry shed, where more"
                + " than three hundred people watched the jury name these winners:";
        String closing = "The festival said it would return next summer with a new programme for young film makers"
                + " from the islands and the mainland.";
        List<String> winners = List.of(opening, "Category: Best Documentary", "The Long Tide, by Mara Quill",
                "Category: Best Short Film", "Ferry Weather, by Tomas Hale", closing);
        assertEquals(winners, paragraphsOfPage(winners, SHARE_BAR_AND_FOOTER));

        List<String> blogPost = List.of(FERRY_LEDE, "two crossings an hour at the morning peak",
                "fares frozen until the spring", FERRY_SECOND, "Tags: ferry, winter timetable", "Previous post",
                "Next post");
        assertEquals(blogPost.subList(0, 4), extractor.extractLines(blogPost).paragraphs());
    }

    @Test
    void aListInSectionsUnderShortLabelsStaysButLabelledLinksDoNot() {
        String options = "The operator looked at three ways of running the extra crossings, and each of them has costs"
                + " as well as benefits for the people who use the boat every day.";
        List<String> sections = List.of("Pros:", "more crossings at the morning and evening peaks",
                "no new crew needed until the spring", "fares can stay at the summer level", "Cons:",
                "the older boat runs at full load all winter", "maintenance has to move to the weekends");
        List<String> story = new ArrayList<>(List.of(FERRY_LEDE, options));
        story.addAll(sections);
        story.add(FERRY_SECOND);
        assertEquals(story, paragraphsOfPage(story, SHARE_BAR_AND_FOOTER));

        List<String> links = List.of("Elsewhere today:", "Harbour fees rise again in the new year",
                "Island school reopens after the storm", "Ferry crew strike called off at the last minute");
        List<String> boxed = new ArrayList<>(List.of(FERRY_LEDE, options));
        boxed.addAll(links);
        boxed.add(FERRY_SECOND);
        assertEquals(List.of(FERRY_LEDE, options, FERRY_SECOND), paragraphsOfPage(boxed, SHARE_BAR_AND_FOOTER));

        // Labels over one other story's headline each: a box of links in sections, not the story's list
        List<String> related = List.of("Background:", "Why the island ferry keeps breaking down", "Opinion:",
                "The harbour board has waited too long to act");
        List<String> linked = new ArrayList<>(List.of(FERRY_LEDE, options));
        linked.addAll(related);
        linked.add(FERRY_SECOND);
        assertEquals(List.of(FERRY_LEDE, options, FERRY_SECOND), paragraphsOfPage(linked, SHARE_BAR_AND_FOOTER));
    }

    @Test
    void aCleanArticleWithItsTagsUnderItStaysWholeWithoutTheTags() {
        // A list copied without its bullets stays only on a page kept whole
        List<String> story = List.of(FERRY_LEDE, "two crossings an hour at the morning peak",
                "a late boat on Fridays and Saturdays", "fares frozen until the spring", FERRY_SECOND);
        List<String> page = new ArrayList<>(story);
        page.add("Tags: ferry, winter timetable, island council");
        assertEquals(story, extractor.extractLines(page).paragraphs());
    }

    @Test
    void browserWarningsAndMarketingConsentBoxesAreFurniture() {
        // Invented lines; the last two are stories that quote a consent and an agreement
        assertHardFurniture(List.of(
                "Your browser is not fully supported by this site. For the best experience we recommend a more up to date browser, or turning off compatibility mode.",
                "By signing up, I consent to receiving offers and news from the Valley Courier and its partners. I understand that I may unsubscribe from these communications at any time.",
                "\u201cI consent to the search,\u201d the driver told the officers, according to the report read out in court on Monday.",
                "\u201cI agree to step down at the end of the year,\u201d the chair told the board on Tuesday."),
                true, true, false, false);
    }

    @Test
    void authorBiosAreFurnitureInTitleCaseToo() {
        // Invented lines; the last are a sentence of a story about a writer and two title-case headlines
        assertHardFurniture(List.of(
                "Marta Lindqvist is a staff reporter at the Coastal Ledger who covers fisheries.",
                "Marta Lindqvist Is a Senior Fisheries Reporter at the Coastal Ledger. She joined in 2029.",
                "The court heard that the defendant, who is a freelance writer, had paid the fine.",
                "Why Marta Lindqvist Is the Director the Harbour Festival Needs Right Now",
                "Port Aldane Mayor Is a Terrible Harbour Director, Says Union",
                "Port Aldane Mayor Is a Terrible Harbour Director!"),
                true, true, false, false, false, false);
    }

    @Test
    void appDownloadPromptsAreFurniture() {
        // Invented lines; the last three report on or quote an app
        assertHardFurniture(List.of(
                "Download the Valley Courier app",
                "Get breaking news and the tide tables on your phone with our app.",
                "Descarga la aplicación",
                "The council said residents could report potholes with a phone app launched on Monday.",
                "“Residents can download our free app to report a pothole,” the council's transport chief said.",
                "Get ready for the new school year: the council's guide is out.",
                "Get the form from the town hall to submit your planning application.",
                "Download the Valley Courier app before the storm, the council urged residents"),
                true, true, true, false, false, false, false, false);
    }

    @Test
    void theTeaserHeadlineUnderARelatedLabelInsideTheStoryIsDropped() {
        List<String> texts = List.of(
                "Home", "News", "Sport", "Weather", "Sign in",
                "Museum finds a second medieval coin hoard under its car park",
                "Archaeologists working under the car park of the Kestwick town museum found a second hoard of medieval silver coins on Thursday, a few metres from the first one dug up last spring.",
                "The curator said the coins, about three hundred of them, seemed to have been buried in a leather purse that had rotted away, leaving the silver packed in a neat ring in the clay.",
                "Explore further",
                "Why the first hoard was buried in such a hurry",
                "Experts from the county archive will now try to date the coins, which could take several months because many of them are worn smooth on one side.",
                "The museum hopes to show both hoards together next summer, once the cleaning is finished and the insurers have agreed on the value of the find.",
                "© 2025 The Kestwick Herald. All rights reserved.");
        String kept = String.join("\n", extractor.extractLines(texts).paragraphs());
        assertFalse(kept.contains("Explore further"), kept);
        assertFalse(kept.contains("Why the first hoard"), kept);
        assertTrue(kept.contains("The museum hopes to show both hoards together"), kept);
        assertTrue(kept.contains("Archaeologists working under the car park"), kept);
    }

    @Test
    void portugueseParagraphWithFewFunctionWordsOfOtherLanguagesIsBody() {
        // Invented text: without a Portuguese list its density against the Spanish list is too low for body.
        List<Line> lines = new LineClassifier().classify(List.of(
                "O prefeito da cidade de Vila Serena anunciou nesta segunda-feira que as obras do novo mercado municipal vão começar em março, depois de dois anos de atrasos no projeto.",
                "Segundo ele, os comerciantes que ocupam hoje as barracas da praça central terão prioridade na escolha dos novos espaços, e o custo total ainda está sendo calculado pela equipe técnica."));
        for (Line l : lines) {
            assertEquals(LineClassifier.Kind.GOOD, l.kind(), l.text());
        }
    }

    @Test
    void articleResumingAfterAShortShareBarIsKept() {
        List<String> texts = List.of(
                "Home", "News", "Sport", "Weather", "Culture", "Sign in",
                "Harbour board approves the new ferry timetable for the islands",
                "The harbour board of Port Cellan approved on Monday a winter timetable that adds two early ferries to the outer islands, after a year of complaints from commuters who had to stay overnight on the mainland.",
                "The chair of the board said the extra crossings would be paid for by a small rise in the price of the return ticket, which had not changed for six years.",
                "Two members voted against the plan, arguing that the older of the two ferries was already overdue for a refit and that the extra crossings would only delay the work for another year or more.",
                "The board promised to review the timetable again in the spring, once the operator had reported how many passengers used the early boats during the darkest months of the winter.",
                "Many islanders welcomed the news on social media within minutes of the vote.",
                "Share on Facebook", "Share on X", "Share by email", "Follow us",
                "The ferry operator said the first of the new crossings would leave the outer pier at half past six on the first Monday of November.",
                "Tickets for the early boats will be sold on board, and season passes bought before the change will remain valid until they expire.",
                "© 2025 The Cellan Gazette. All rights reserved.");
        List<String> p = extractor.extractLines(texts).paragraphs();
        assertTrue(p.get(p.size() - 2).startsWith("The ferry operator said"), String.join("\n", p));
        assertTrue(p.get(p.size() - 1).startsWith("Tickets for the early boats"), String.join("\n", p));
    }

    @Test
    void rankedListEndingTheArticleIsKeptAndALabelledMostReadListIsNot() {
        List<String> texts = List.of(
                "Home", "Music", "Film", "Books", "Podcasts", "Subscribe",
                "The ten best albums recorded in Harlow Street basements",
                "For thirty years the basements under Harlow Street have been rented by the hour to bands who could not afford a real studio, and some of the records made there are still played on the radio today.",
                "We asked our readers to vote for their favourites, and more than four thousand of them did, which is more than we expected for a list about damp rooms and borrowed amplifiers.",
                "1. The Quiet Arches, Lamp Oil",
                "2. Fenwick Row, Second Floor",
                "3. Molly Achterberg, Night Bus",
                "4. The Tollgate Four, Stone Steps",
                "Share",
                "Most read",
                "1. Council delays vote on the new bus lanes",
                "2. Bakery closes after ninety years",
                "3. Storm warning for the coast tonight",
                "© 2025 Harlow Street Sound. All rights reserved.");
        List<String> p = extractor.extractLines(texts).paragraphs();
        assertTrue(p.contains("1. The Quiet Arches, Lamp Oil"), String.join("\n", p));
        assertTrue(p.contains("4. The Tollgate Four, Stone Steps"), String.join("\n", p));
        assertFalse(p.contains("2. Bakery closes after ninety years"), String.join("\n", p));
    }

    @Test
    void dropsReadAlsoLabelsCreditsReadingTimesDisclosuresCommentPoliciesAndPaywallPrompts() {
        String page = String.join("\n\n",
                "The water board of Kessendorf said on Monday that the reservoir above the town had fallen to a third of its usual level after the driest spring since records began.",
                "Lesen Sie auch: Neue Fähre über den Kessensee soll im Mai fahren",
                "Photo credit: Anna Berg for the Kessendorf Courier",
                "6 Minuten Lesezeit",
                "Engineers will lower the intake pipes by two metres this week so that the treatment works can keep drawing water through the summer, the board said.",
                "He also read the statement to farmers at the market hall on Tuesday.",
                "Advertiser disclosure: some links on this page pay us a fee.",
                "Households have been asked to water gardens only after dark and to report leaks, and fines for filling pools will start in June.",
                "Comments are moderated and may take a day to appear.",
                "To continue reading, subscribe for one euro a week.",
                "Siehe auch: Der neue Hafen von Kessendorf");
        String t = text(extractor.extract(TextNormalizer.text(page)));
        for (String furniture : List.of("Lesen Sie auch", "Photo credit", "Lesezeit", "Advertiser disclosure",
                "Comments are moderated", "To continue reading", "Siehe auch")) {
            assertFalse(t.contains(furniture), furniture + " in: " + t);
        }
        assertTrue(t.contains("He also read the statement"), "prose with the words of a label is kept: " + t);
        assertTrue(t.contains("fines for filling pools"), t);
    }

    @Test
    void aContactBoxGivingAnAddressIsFurnitureButAPoliceAppealWithOneIsBody() {
        // Invented lines; the appeal gives an address too, but it is the police who speak, not "us"
        // the last line gives no address, so it is no contact box
        assertHardFurniture(List.of(
                "Follow the Harbour Herald on social media @HarbourHerald. Send us your pictures or email us at desk@herald.example.",
                "Tell us what you think: send a letter to the editor at letters@herald.example.",
                "Anyone who saw the van is asked to call the station on 555 0100 or to write to appeals@police.example, the spokesman said.",
                "Send us your stories about the storm and we will print the best of them in Saturday's paper."),
                true, true, false, false);
        assertTrue(LineClassifier.givesAddress("write to desk@herald.example today"));
        assertTrue(LineClassifier.givesAddress("follow (@herald_news) for updates"));
        assertFalse(LineClassifier.givesAddress("shares rose 3% @ 10.50 a share"));
        assertFalse(LineClassifier.givesAddress("the price: 2 @ $4.00"));
    }

    @Test
    void photographCreditsCookieNoticesInOtherLanguagesAndLongDisclosuresAreFurniture() {
        // Invented lines
        List<Line> lines = new LineClassifier().classify(List.of(
                "Photograph by Lena Ortiz, Island Trust",
                "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.",
                "Informujemy, że na naszej stronie korzystamy z cookies w celach statystycznych.",
                "This guide links to shops that sell the kettles we tested, and we may earn a commission when you buy through those links, "
                        + "which helps pay for our testing; the shops have no say over which kettles we choose or what we write about them."));
        for (Line l : lines) {
            assertTrue(l.hard() && l.kind() == LineClassifier.Kind.BAD, l.toString());
        }
    }

    @Test
    void consentBannersInTheSitesOwnVoiceAndTheirHeadingsAreFurniture() {
        List<Line> lines = new LineClassifier().classify(List.of(
                "Nous respectons votre vie privée",
                "Avec votre accord, nous et nos 140 partenaires utilisons des cookies pour mesurer l'audience de ce site.",
                "Wir nutzen Cookies auf unserer Website, um Inhalte und Anzeigen zu personalisieren.",
                "We value your privacy",
                "Utilizziamo cookie tecnici e, con il tuo consenso, cookie di profilazione.",
                "The regulator said many shopping sites use cookies to follow visitors from page to page."));
        for (Line l : lines.subList(0, 5)) {
            assertTrue(l.hard() && l.kind() == LineClassifier.Kind.BAD, l.toString());
        }
        assertFalse(lines.get(5).hard(), "a report on cookies is no notice");
    }

    @Test
    void inlineTeaserLabelsAndOpinionDisclaimersAreFurniture() {
        List<Line> lines = new LineClassifier().classify(List.of(
                "Te puede interesar: El alcalde cierra el puerto durante el temporal",
                "Auch interessant: Fähre fährt im Winter doppelt so oft",
                "Lees ook: Veerdienst vaart deze winter twee keer zo vaak",
                "The views expressed in this column are the author's own and do not necessarily reflect those of the Courier.",
                "Auch interessant ist, dass der Hafenrat einstimmig für den neuen Fahrplan gestimmt hat.",
                "The survey of 400 islanders does not necessarily reflect the whole county, the pollster said."));
        for (Line l : lines.subList(0, 4)) {
            assertTrue(l.hard(), l.toString());
        }
        assertFalse(lines.get(4).hard(), "prose that opens with the label's words has no colon after them");
        assertFalse(lines.get(5).hard(), "a caveat in a report names no views or opinion");
    }

    @Test
    void aCaptionWithItsCreditAfterALabelIsFurniture() {
        List<Line> lines = new LineClassifier().classify(List.of(
                "Ines Parra and Tomas Vell on the quay at Cellan. Photograph: Harbour Pictures",
                "Le port de Cellan au petit matin. Fotografía: Agencia Costa",
                "The museum keeps the first photograph of the harbour, taken in 1861, in a locked case."));
        assertTrue(lines.get(0).hard(), lines.get(0).toString());
        assertTrue(lines.get(1).hard(), lines.get(1).toString());
        assertFalse(lines.get(2).hard(), "a sentence about a photograph has no credit label");
    }

    @Test
    void theSitesNewsletterAndClickHereInOtherLanguagesAreAppeals() {
        List<Line> lines = new LineClassifier().classify(List.of(
                "Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous gratuitement à notre lettre d'information.",
                "Receba as notícias de Vila Serrana no seu telemóvel. Clique aqui e entre no canal.",
                "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
                "The council's newsletter said the ferry would run twice as often from November."));
        for (Line l : lines.subList(0, 3)) {
            assertTrue(l.hard(), l.toString());
        }
        assertFalse(lines.get(3).hard(), "another's newsletter, reported, is prose");
    }

    @Test
    void newsletterPromptsThatNameTheNewsletterAreFurniture() {
        assertHardFurniture(List.of(
                "Get Quayside Weekly to your inbox daily",
                "Subscribe to our Quayside Today newsletter",
                "Scammers send fake ferry invoices to your inbox, the harbour board warned on Monday."),
                true, true, false);
    }

    @Test
    void aSubheadAfterAPhotoCreditBetweenSectionsIsKept() {
        String page = String.join("\n\n",
                "The ferry that links the three northern islands will run twice a day from June, the transport board said on Monday after a year of talks with the operator.",
                "Fares for residents stay at their current level, and the board will pay for a second crew so that the boat can make the evening crossing in every season.",
                "The new timetable on the quay at Westhaven.\nPhotograph by Lena Ortiz, Island Trust\nWhat changes for visitors",
                "Visitors will pay a little more in summer, the board said, and bicycles will need a ticket of their own on the morning boats from July onwards.",
                "The operator said that it would publish the full timetable in May and that the old winter schedule would end on the last Sunday of March.");
        List<String> p = extractor.extract(TextNormalizer.text(page)).paragraphs();
        assertTrue(p.contains("What changes for visitors"), String.join("\n", p));
        assertFalse(String.join("\n", p).contains("Photograph by"), String.join("\n", p));
    }

    /** Classifies the lines together and checks, line by line, which are hard furniture evidence. */
    @Test
    void cardsAndVideosRepeatingTheirHeadlineEmbedLabelsAndCommentPoliciesAreFurniture() {
        // Invented lines
        assertHardFurniture(List.of(
                "Ferry timetable doubled Ferry timetable doubled",
                "Harbour board votes for winter ferries Harbour board votes for winter ferries Cellan Gazette",
                "Harbour board votes for winter ferries Harbour board votes for winter ferries after a month of complaints",
                "View this post on Instagram",
                "A post shared by Cellan Harbour (@cellanharbour) on Mar 3, 2031 at 9:12am PST",
                "Please keep comments civil and read our commenting guidelines before you post.",
                "Stop stop stop, the harbour master shouted at the crew of the ferry.",
                "The ferry ran late, the ferry ran late again, and then it did not run at all.",
                "The board read the comments of islanders at its meeting on Monday and promised a reply within a month.",
                "Yes, we can. Yes, we can. the crowd chanted on the quay",
                "Harbour board votes for winter ferries Harbour board votes for winter ferriesand more",
                "A post shared by the harbour master on Facebook was taken down within the hour.",
                "She read the rest of the letter to the court.",
                "READ THE REST"),
                true, true, true, true, true, true, false, false, false, false, false, false, false, true);
    }

    @Test
    void newsThatMentionsCopyrightDonationsOrHomeIsProseAndTheNoticesAreFurniture() {
        // Invented lines
        assertHardFurniture(List.of(
                "The publisher says the ferry company used copyrighted photographs in its brochure without asking.",
                "Copyright 2031 Cellan Gazette",
                "Copyright Cellan Gazette",
                "Image copyright Island Trust",
                "Image caption The old ferry leaves the quay for the last time",
                "Copyright reform passes Senate",
                "The image caption named the wrong minister.",
                "Media captionHow the ferry crossed in the storm",
                "Image captioning software is getting better at describing photos of ferries",
                "Everyone stayed home.",
                "“Go home.",
                "Advertisement continues below.",
                "Home",
                "“I just wanted to make a donation,” said Mari Olsen, who runs the harbour café.",
                "„Wir wollten nur eine Spende machen“, sagte Mari Olsen. Make a donation today.",
                "Please make a donation to keep our newsroom going.",
                "By clicking \"Accept all\", you agree to our use of cookies."),
                false, true, true, true, true, false, false, true, false, false, false, true, true, false, false, true, true);
    }

    private static void assertHardFurniture(List<String> texts, boolean... hard) {
        List<Line> lines = new LineClassifier().classify(texts);
        assertEquals(hard.length, lines.size());
        for (int i = 0; i < hard.length; i++) {
            assertEquals(hard[i], lines.get(i).hard(), lines.get(i).toString());
        }
    }

    @Test
    void copyrightFooterEndsTheArticle() {
        assertArticleSpan("footer-overlay-article.txt", "The regional airport will add", "The airport has also applied",
                "The valley was settled by farmers", "furniture works by the station");
    }

    @Test
    void copyrightCreditAfterTheLedeDoesNotEndTheArticle() {
        assertArticleSpan("credit-in-story-article.txt", "Volunteers counting swifts", "The society that runs the count",
                "Photo copyright");
    }

    /** The fixture's article runs from the paragraph opening with {@code first} to the one opening with {@code last}, without {@code absent}. */
    private void assertArticleSpan(String fixture, String first, String last, String... absent) {
        List<String> p = extract(fixture).paragraphs();
        String all = String.join("\n", p);
        assertTrue(p.get(0).startsWith(first), all);
        assertTrue(p.get(p.size() - 1).startsWith(last), all);
        for (String a : absent) {
            assertFalse(all.contains(a), a + " in\n" + all);
        }
    }

    @Test
    void anArchiveWidgetOfLabelsWithCountsIsFurniture() {
        assertArticleSpan("archive-widget-article.txt", "Every spring I promise myself", "By the end of the month",
                "2031 (5)", "February (3)", "potatoes (6)", "Blog Archive");
        Extraction e = extract("archive-widget-article.txt");
        assertTrue(text(e).contains("\n\nLight\n\n"), "the subhead stays: " + text(e));
    }

    @Test
    void labelsWithCountsOnlyCountAsAWidgetInALongOrMarkedRun() {
        List<Line> lines = new LineClassifier().classify(List.of(
                "Republicans (52)", "Democrats (47)", "Independents (1)", "The vote",
                "► Fall 2030 (3)", "► Spring 2031 (4)", "► Summer 2031 (2)", "Categories",
                "Harbour (12)", "Council (31)", "Schools (8)", "Weather (5)", "Sport (40)",
                "The leading scorers so far:", "Lindqvist (27)", "Varga (25)", "Okafor (19)", "Brenner (17)", "Holm (16)"));
        for (int i = 0; i < lines.size(); i++) {
            boolean widget = i >= 4 && i <= 6 || i >= 8 && i <= 12;
            assertEquals(widget, lines.get(i).hard(), lines.get(i).text());
        }
    }

    @Test
    void aRailOfOtherStoriesHeadlinesAfterTheArticleIsFurniture() {
        assertArticleSpan("headline-rail-article.txt", "The public library in Hollin reopened", "Several of the town's schools",
                "Bakery on Mill Street", "cycle path", "Storm damage", "clock tower", "Tram works", "Night trains");
        // The rail above the header is furniture too, and two labels end it before the page's own headline.
        assertEquals("Library in Hollin reopens with a children's floor and a late-night study room",
                extract("headline-rail-article.txt").title());
    }

    @Test
    void aHeadlineRailNeedsSixUnpunctuatedHeadlinesInARowAndNoColon() {
        List<String> rail = List.of(
                "Bakery on Mill Street wins a regional award for its rye bread",
                "Council approves plans for a cycle path along the old railway line",
                "Teenage chess champion travels to the national finals with her grandfather",
                "Floodlights at the rugby ground switched off early to save money",
                "Volunteers clear two tonnes of rubbish from the riverbank in a weekend",
                "Three new bus routes promised for the villages north of the reservoir");
        assertRail(true, rail);
        List<String> announced = new java.util.ArrayList<>(List.of("The council's plan for the valley sets out six projects:"));
        announced.addAll(rail);
        assertRail(false, announced);
        List<String> labelled = new java.util.ArrayList<>(rail);
        labelled.add(3, "Key facts:");
        assertRail(false, labelled);
        List<String> oneLabel = new java.util.ArrayList<>(rail);
        oneLabel.add(3, "Advertisement");
        assertRail(true, oneLabel);
        List<String> twoLabels = new java.util.ArrayList<>(oneLabel);
        twoLabels.add(4, "Sport");
        assertRail(false, twoLabels);
        assertRail(false, rail.subList(0, 5));
        assertRail(false, rail.stream().map(h -> h + ".").toList());
        assertRail(false, rail.stream().map(h -> h.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + h.substring(1)).toList());
        assertRail(false, rail.stream().map(h -> h + ",").toList());
        assertRail(false, rail.stream().map(h -> "„" + h + ".“").toList());
        assertRail(false, List.of("1 Harbour Rovers 38 26 6 6 88 43 45 84", "2 Cellan Athletic 38 25 6 7 80 40 40 81",
                "3 Marrow Town 38 22 8 8 70 41 29 74", "4 Hollin United 38 20 9 9 66 44 22 69",
                "5 Quay Wanderers 38 18 10 10 60 50 10 64", "6 Mill Street Juniors 38 17 9 12 55 52 3 60"));
    }

    /** Every headline-length line is a rail line, or none is; short labels never are. */
    private static void assertRail(boolean rail, List<String> texts) {
        List<Line> lines = new LineClassifier().classify(texts);
        for (Line l : lines) {
            assertEquals(rail && l.words() >= 8, l.rail(), l.text());
            assertEquals(l.rail(), l.rail() && l.kind() == LineClassifier.Kind.BAD && l.hard(), l.text());
        }
    }

    @Test
    void aCleanPageWithATimelineOfUnpunctuatedLinesIsKeptWhole() {
        List<String> texts = List.of("How the island ferry came back",
                "The island ferry stopped sailing in the spring of 2029, when its only boat failed an inspection and the operator could not pay for the repairs.",
                "Since then the harbour board has spent two years looking for a new operator, and this is how the service came back.",
                "April 2029 – The old boat fails its inspection and the timetable is suspended",
                "June 2029 – The harbour board asks three companies to run the service",
                "January 2030 – Cellan Lines wins the contract with a promise of a second boat",
                "August 2030 – The first new boat arrives from the yard in the north",
                "March 2031 – Trial sailings begin with crews from the old operator",
                "May 2031 – The full timetable returns with crossings every two hours",
                "The board said it would publish the first passenger numbers in the autumn.");
        List<String> p = extractor.extractLines(texts).paragraphs();
        assertEquals(texts.subList(1, texts.size()), p);
    }

    @Test
    void rightsFooters() {
        for (String f : List.of("Copyright 2031 Valley Courier. All rights reserved.", "© Paper Ltd. Alle Rechte vorbehalten",
                "La Paz // Copyright 2031 · paper.example",
                "Copyright © 2031 Paper SA | Todos os direitos reservados",
                "Copyright © Valley Courier 2031", "All rights reserved — Valley Courier",
                "© 2031 Valley Courier Ltd All rights reserved. Do not reproduce without permission.",
                "Valley Courier 2031, all rights reserved, powered by a content system")) {
            assertTrue(LineClassifier.isRightsFooter(f), f);
        }
        for (String f : List.of("© Jane Roe / Agency", "Copyright law protects the author's work",
                "The copyright on the 1931 film expired on January 1, 2031.",
                "A judge ruled that all rights reserved under the 2019 contract had lapsed.",
                "Under that contract, the council kept all rights reserved.", "© 2031 Jane Roe / Agency",
                "The court ruled that all rights reserved under the old contract had lapsed when the company was sold to"
                        + " its rival and the new owners renamed it, the judge wrote in a ruling of forty pages")) {
            assertFalse(LineClassifier.isRightsFooter(f), f);
        }
    }
}
