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

    private static final String FERRY_STORY = "<p>The harbour board of Cellan voted on Monday to run the island ferry twice as"
            + " often through the winter, after a month in which commuters were left on the quay three mornings a week.</p>"
            + "<p>The ferry operator said the extra crossings would start in November and that the older of its two boats"
            + " would be kept in service until the new one arrives next spring.</p>"
            + "<p>Islanders welcomed the decision but said the timetable still left no crossing after nine in the evening.</p>";
    private static final String COMMENTS = ("<div class=\"comment\"><p>I have taken that ferry for twenty years and the winter"
            + " service has never been this bad, so this is good news for everyone who works on the mainland.</p>"
            + "<p>Posted by a reader on Tuesday</p></div>").repeat(6);

    private static final String DISCUSSION = "<p>I have taken that ferry for twenty years and the winter service has never been"
            + " this bad, so this is good news for everyone who works on the mainland.</p><p>My daughter missed three exams"
            + " last winter because the boat did not sail, and nobody at the harbour office could tell us why.</p><p>Twice as"
            + " often is a start, but the last crossing still leaves before the evening shift at the hospital ends.</p>"
            + "<p>Does anyone know whether the old boat will still take cars, or only foot passengers, until the new one comes?</p>";

    private static String paragraphsOf(String html) {
        return String.join("\n", new HtmlExtractor().extract(html).paragraphs());
    }

    @Test
    void aPageBuildersGenericBoxAroundTheStoryIsNoFurniture() {
        // "widget" names furniture, but a builder wraps the post's text in one too; long comments below
        // leave the story box under a third of the page's prose
        String page = "<html><body><div class=\"elementor-widget elementor-widget-theme-post-content\">"
                + "<div class=\"elementor-widget-container\">" + FERRY_STORY + "</div></div>"
                + "<div class=\"comments-area\">" + COMMENTS + "</div></body></html>";
        String text = paragraphsOf(page);
        assertTrue(text.contains("Islanders welcomed the decision"), text);
        String sidebar = "<html><body><div class=\"entry-content\">" + FERRY_STORY.repeat(2) + "</div>"
                + "<div class=\"post-sidebar\"><div class=\"widget\"><p>The lighthouse museum opens its tower to visitors"
                + " every weekend in summer, with guided walks along the cliff path.</p></div></div></body></html>";
        assertFalse(paragraphsOf(sidebar).contains("lighthouse museum"), "a widget in a sidebar is the sidebar's");
    }

    @Test
    void aFormAroundTheWholePageKeepsTheStoryAndLosesItsFields() {
        String page = "<html><head><title>Island ferry to sail twice as often</title></head><body>"
                + "<form id=\"pageForm\" method=\"post\"><input type=\"hidden\" name=\"state\" value=\"x\">"
                + "<h1>Island ferry to sail twice as often</h1>" + FERRY_STORY
                + "<button>Search</button></form></body></html>";
        Extraction x = new HtmlExtractor().extract(page);
        assertEquals(3, x.paragraphs().size(), x.paragraphs().toString());
        assertEquals("Island ferry to sail twice as often", x.title());
        String newsletter = "<html><body><article><h1>Island ferry to sail twice as often</h1>" + FERRY_STORY + "</article>"
                + "<form action=\"/subscribe\"><p>Get the Cellan Gazette in your inbox every morning: the harbour news,"
                + " the weather and the ferry times, free of charge.</p><input name=\"email\"></form></body></html>";
        assertFalse(paragraphsOf(newsletter).contains("in your inbox"), "a newsletter form with a sentence of its own is furniture");
    }

    @Test
    void aFormBesideAHeadedArticleIsFurnitureHoweverLong() {
        String page = "<html><body><article><h1>Island ferry to sail twice as often</h1>" + FERRY_STORY + "</article>"
                + "<form action=\"/discuss\">" + DISCUSSION + "<textarea name=\"c\"></textarea></form></body></html>";
        assertFalse(paragraphsOf(page).contains("My daughter missed three exams"), "a readers' discussion in a form");
    }

    @Test
    void aLivePagesEntriesInTheirOwnBoxAreNotOtherStories() {
        String entry = "<article class=\"entry\"><h3>Ferries cancelled</h3><p>The operator has cancelled every sailing to the"
                + " islands for the rest of the day and will review the timetable at six in the morning.</p></article>";
        String page = "<html><head><meta property=\"og:title\" content=\"Storm live: ferries cancelled as gales reach the coast\"></head>"
                + "<body><article><h1>Storm live: ferries cancelled as gales reach the coast</h1><p>Gusts of up to 80mph are"
                + " expected along the coast this afternoon, the forecaster said.</p></article><div class=\"live-feed\">"
                + entry + entry.replace("Ferries cancelled", "Schools closed").replace("The operator has cancelled every sailing to the"
                + " islands", "Six primary schools on the coast have closed") + "</div></body></html>";
        assertTrue(paragraphsOf(page).contains("Six primary schools"), paragraphsOf(page));
    }

    @Test
    void ofTwoArticlesTheOneTheTitleNamesIsTheStory() {
        String next = "<article><h1>Councillors reject plan for 420 homes on the old airfield</h1><p>The planning committee"
                + " voted nine to three against the scheme on Wednesday night after more than two hours of debate.</p>"
                + "<p>The developer said it was disappointed and would consider an appeal to the planning inspectorate.</p>"
                + "<p>Residents who had campaigned against the homes for two years cheered as the result was read out.</p>"
                + "<p>The site will stay in agricultural use at least until the next local plan is drawn up in 2033.</p>"
                + "<p>The committee's chair said the decision had been one of the hardest of her six years on the council,"
                + " because the district still needs hundreds of new homes for young families.</p>"
                + "<p>A public meeting on where else the homes could go will be held at the village hall next month.</p></article>";
        // the preloaded next story is the longer one
        String page = "<html><head><meta property=\"og:title\" content=\"Island ferry to sail twice as often\"></head><body>"
                + "<article><h1>Island ferry to sail twice as often</h1>" + FERRY_STORY + "</article>" + next + "</body></html>";
        String text = paragraphsOf(page);
        assertTrue(text.contains("Islanders welcomed the decision"), text);
        assertFalse(text.contains("planning committee"), text);
    }

    @Test
    void theSitesNameInFrontOfTheHeadlineOrInALogoHeadingIsNotTheTitle() {
        String story = "<div class=\"story\">" + FERRY_STORY + "</div>";
        String prefixed = "<html><head><title>Cellan Gazette - Island ferry to sail twice as often this winter</title></head>"
                + "<body>" + story + "</body></html>";
        assertEquals("Island ferry to sail twice as often this winter", new HtmlExtractor().extract(prefixed).title());
        String suffixed = prefixed.replace("Cellan Gazette - Island ferry to sail twice as often this winter",
                "Island ferry to sail twice as often this winter - Cellan Gazette");
        assertEquals("Island ferry to sail twice as often this winter", new HtmlExtractor().extract(suffixed).title());
        String logo = "<html><head><meta property=\"og:title\" content=\"Ferry to sail twice as often\"></head><body>"
                + "<h1><a href=\"https://cellan-harbour-notes.example/\">Cellan Harbour Notes</a></h1>"
                + "<h3>Ferry to sail twice as often</h3>" + story + "</body></html>";
        assertEquals("Ferry to sail twice as often", new HtmlExtractor().extract(logo).title());
    }

    @Test
    void wordsInNeighbouringInlineElementsStayApart() {
        String page = "<html><body><h1><span class=\"kicker\">Ferry row</span><span>Island boats to sail twice as often</span></h1>"
                + "<div class=\"story\">" + FERRY_STORY + "<p><time>14:32</time><span>Ines Parra</span> reported from the quay,"
                + " where the <b>U</b>SA-built boat was moored for the night beside the harbour board's offices.</p>"
                + "<pre><code><span>request</span><span>Host</span></code></pre></div></body></html>";
        Extraction x = new HtmlExtractor().extract(page);
        assertEquals("Ferry row Island boats to sail twice as often", x.title());
        String text = String.join("\n", x.paragraphs());
        assertTrue(text.contains("14:32 Ines Parra reported"), text);
        assertTrue(text.contains("the USA-built boat"), text);
        assertEquals(List.of("requestHost"), HtmlExtractor.blocks(org.jsoup.Jsoup.parse("<pre><code><span>request</span><span>Host</span></code></pre>").body()),
                "highlighted code keeps its tokens as they are");
    }

    @Test
    void titleFromHeadlineWithoutSiteSuffix() {
        assertEquals("Rail workers vote to strike over pay", e.title());
    }

    @Test
    void aFirstHeadingThatSharesNoWordWithTheStoryGivesWayToOneThatDoes() {
        String body = "<article><p>The harbour board of Cellan voted on Monday to run the island ferry twice as often through"
                + " the winter, after a month in which commuters were left on the quay three mornings a week.</p>"
                + "<p>The ferry operator said the extra crossings would start in November and that the older of its two"
                + " boats would be kept in service until the new one arrives next spring.</p></article>";
        String page = "<html><head><title>Island ferry to sail twice as often this winter | Cellan Gazette</title></head><body>"
                + "<div class=\"menu\"><h1>Main navigation</h1><a href=\"/\">Home</a></div>" + body + "</body></html>";
        assertEquals("Island ferry to sail twice as often this winter", new HtmlExtractor().extract(page).title());
        String own = page.replace("<h1>Main navigation</h1>", "<h1>Ferry news</h1>");
        assertEquals("Ferry news", new HtmlExtractor().extract(own).title(), "a heading the story echoes stays");
        String teaser = page.replace("</body>", "<aside><h1>Harbour board ferry commuters quay winter crossings: the week</h1></aside></body>");
        assertEquals("Island ferry to sail twice as often this winter", new HtmlExtractor().extract(teaser).title(),
                "another h1 (a related story's teaser) is no candidate, however many words it shares");
    }

    @Test
    void whenNoTitleSharesEnoughWithTheStoryTheHeadingTheTitleNamesIsTheHeadline() {
        String page = "<html><head><title>Cellan Gazette - News - All aboard at last</title></head><body>"
                + "<div class=\"menu\"><h1>Main navigation</h1><a href=\"/\">Home</a></div>"
                + "<div class=\"logo\"><h2>Cellan Gazette</h2></div>"
                + "<article><h1>All aboard at last</h1><p>The harbour board of Cellan voted on Monday to run the island ferry"
                + " twice as often through the winter, after a month in which commuters were left on the quay.</p>"
                + "<p>The ferry operator said the extra crossings would start in November and that the older of its two"
                + " boats would be kept in service until the new one arrives next spring.</p></article></body></html>";
        assertEquals("All aboard at last", new HtmlExtractor().extract(page).title(),
                "the longest h1 the title contains, not the menu's heading");
        String pun = page.replace("<h1>Main navigation</h1>", "").replace("Cellan Gazette - News - All aboard at last", "Cellan Gazette");
        assertEquals("All aboard at last", new HtmlExtractor().extract(pun).title(),
                "the site's name in an h2 logo is in the title, but beside an h1 it is no candidate");
    }

    @Test
    void theSiteNameIsNeverTheHeadingTheTitleNames() {
        String story = "<p>The harbour board of Cellan voted on Monday to run the island ferry twice as often through the"
                + " winter, after a month in which commuters were left on the quay.</p><p>The ferry operator said the extra"
                + " crossings would start in November and that the older of its two boats would be kept in service.</p>";
        String logo = "<html><head><title>All aboard at last | Quayside Courier</title></head><body>"
                + "<header><h1 class=\"site-title\"><a href=\"/\">Quayside Courier</a></h1></header>"
                + "<article><h2>All aboard at last</h2>" + story + "</article></body></html>";
        assertEquals("All aboard at last", new HtmlExtractor().extract(logo).title(), "a heading that links to the front page is a logo");
        String footer = "<html><head><title>Winter timetable | Quayside Courier</title></head><body>"
                + "<article><h1>All aboard at last</h1>" + story + "</article>"
                + "<footer><h1>Quayside Courier</h1><p>Local news since 1874</p></footer></body></html>";
        assertEquals("All aboard at last", new HtmlExtractor().extract(footer).title(), "a footer's heading is furniture");
        String partWord = "<html><head><title>Quayside Couriers: All aboard at last</title></head><body>"
                + "<div class=\"top\"><h1>Sign in</h1></div><h1>Quayside Courier</h1>" + story + "</body></html>";
        assertEquals("Sign in", new HtmlExtractor().extract(partWord).title(), "a heading is named by whole words, not inside one");
    }

    @Test
    void aPullQuoteThatRepeatsTheStoryIsDroppedAndAQuotedLetterStays() {
        String story = "<p>The harbour board of Cellan voted on Monday to run the island ferry twice as often through the winter,"
                + " after a month in which commuters were left on the quay three mornings a week.</p>"
                + "<p>“We cannot leave people standing on the quay in the dark while the only boat sits in the yard for repairs,”"
                + " the board's chair, Mari Olsen, told the meeting.</p>"
                + "%s"
                + "<p>The ferry operator said the extra crossings would start in November and that the older of its two boats"
                + " would be kept in service until the new one arrives next spring.</p>"
                + "<p>Passenger groups welcomed the vote but asked for a later last crossing on Fridays.</p>";
        String pull = "<div class=\"story-pullquote\"><p>“We cannot leave people standing on the quay in the dark while the"
                + " boat sits in the yard”</p></div>";
        String letter = "<blockquote><p>Dear board members, we ask you to keep the old boat in service until the new one has"
                + " passed its sea trials, and to publish the winter timetable by October.</p></blockquote>";
        String withPull = String.join("\n\n", new HtmlExtractor().extract(page(String.format(story, pull))).paragraphs());
        assertEquals(1, withPull.split("standing on the quay in the dark", -1).length - 1, withPull);
        assertTrue(withPull.contains("the board's chair, Mari Olsen, told the meeting"), withPull);
        String withLetter = String.join("\n\n", new HtmlExtractor().extract(page(String.format(story, letter))).paragraphs());
        assertTrue(withLetter.contains("Dear board members, we ask you to keep the old boat in service"), withLetter);
        String inline = String.format(story, "").replace("<p>“We cannot leave people standing on the quay in the dark",
                "<p><span class=\"quote\">“We cannot leave people standing on the quay in the dark");
        inline = inline.replace("for repairs,”", "for repairs,”</span>");
        assertTrue(String.join(" ", new HtmlExtractor().extract(page(inline)).paragraphs())
                .contains("“We cannot leave people standing on the quay in the dark"), "a quote marked inside its own paragraph stays");
        String elsewhere = page(String.format(story, letter)).replace("</article>", "</article><section>"
                + "<p>Dear board members, we ask you to keep the old boat in service until the new one has passed its sea trials,"
                + " and to publish the winter timetable by October.</p><p>Letters to the editor are printed on Saturdays.</p></section>");
        assertTrue(String.join(" ", new HtmlExtractor().extract(elsewhere).paragraphs()).contains("Dear board members"),
                "a box repeated only outside its story (a side box) is the story's own copy");
        String shortBox = "<blockquote><p>Ferry twice as often through the winter</p></blockquote>";
        assertTrue(String.join(" ", new HtmlExtractor().extract(page(String.format(story, shortBox))).paragraphs())
                .contains("Ferry twice as often through the winter"), "a box of a few words repeats by chance");
    }

    @Test
    void blocksOfEqualScoreAreRankedTheSameWayOnEveryRun() {
        // boxes nested in boxes, each with the same paragraphs: many candidates score alike
        StringBuilder page = new StringBuilder("<html><body>");
        for (int level = 0; level < 100; level++) {
            page.append("<div>").append(("<p>The harbour board of Cellan met again on Monday, and the ferry, the quay and"
                    + " the winter timetable were on its agenda once more.</p>").repeat(5));
        }
        page.append("</div>".repeat(100)).append("</body></html>");
        List<String> first = new HtmlExtractor().extract(page.toString()).paragraphs();
        for (int run = 0; run < 5; run++) {
            assertEquals(first.size(), new HtmlExtractor().extract(page.toString()).paragraphs().size());
        }
    }

    @Test
    void teaserCardsClosedByReadMoreLinksGiveWayToAShortStoryButAStorysOwnReadMoreLinksStay() {
        String card = "<div class=\"next\"><h2><a href=\"/%1$s\">%2$s</a></h2><p>The %1$s committee met on Tuesday and agreed a"
                + " plan that its members had argued about for most of the year, with a vote expected next month, the chair,"
                + " the treasurer and the secretary said, after a long meeting.</p><h3><a href=\"/%1$s\">Read the rest</a></h3></div>";
        String story = "<div id=\"main\"><p>The harbour board of Cellan voted on Monday to run the island ferry twice as often"
                + " through the winter, after a month in which commuters were left on the quay.</p></div>";
        String rail = String.format(card, "library", "Library opens on Sundays") + String.format(card, "market", "Bakery wins a prize")
                + String.format(card, "school", "School gets a new roof");
        String page = "<html><head><title>Island ferry</title></head><body>" + story + "<div>" + rail + "</div></body></html>";
        String t = String.join("\n\n", new HtmlExtractor().extract(page).paragraphs());
        assertTrue(t.startsWith("The harbour board of Cellan voted") && !t.contains("committee met"), t);
        String own = "<p>The harbour board of Cellan voted on Monday to run the island ferry twice as often through the winter,"
                + " the board said in a statement after the meeting. <a href=\"https://example.org/minutes\">Read more</a></p>"
                + "<p>The ferry operator said the extra crossings would start in November, and the older of its two boats would"
                + " stay in service until spring. <a href=\"https://example.org/operator\">Read more</a></p>"
                + "<p>Passenger groups welcomed the vote but asked for a later last crossing on Fridays, when most of the"
                + " island's students come home from the mainland for the weekend.</p>";
        String kept = String.join("\n\n", new HtmlExtractor().extract(page(own)).paragraphs());
        assertTrue(kept.contains("after the meeting.") && kept.contains("stay in service until spring."), kept);
        String boxed = own.replace("<p>", "<div class=\"para\"><p>").replace("</p>", "</p></div>");
        String keptBoxed = String.join("\n\n", new HtmlExtractor().extract(page(boxed)).paragraphs());
        assertTrue(keptBoxed.contains("after the meeting.") && keptBoxed.contains("stay in service until spring."),
                "a story whose paragraphs sit in boxes of their own, two closed by a source link: " + keptBoxed);
        String lone = "<html><body>" + story + "<div>" + String.format(card, "library", "Library opens on Sundays")
                + "</div></body></html>";
        assertTrue(String.join(" ", new HtmlExtractor().extract(lone).paragraphs()).contains("committee met"),
                "one card is no rail: the page's scoring decides, as before");
    }

    @Test
    void anEditorsNoteInABoxRightBeforeTheArticleLeadsItsText() {
        String story = "<p>The harbour board of Cellan voted on Monday to run the island ferry twice as often through the winter,"
                + " after a month in which commuters were left on the quay three mornings a week.</p>"
                + "<p>The ferry operator said the extra crossings would start in November and that the older of its two boats"
                + " would be kept in service until the new one arrives next spring.</p>";
        String html = "<html><body><h1>Island ferry to sail twice as often</h1><section><h5>Jane Roe</h5><h6>July 3, 2031</h6></section>"
                + "<section><p class=\"note\">This story originally appeared on <a href=\"/r\">Island Radio</a>.</p></section>"
                + "<article>" + story + "</article></body></html>";
        List<String> p = new HtmlExtractor().extract(html).paragraphs();
        assertEquals("This story originally appeared on Island Radio.", p.get(0), String.join("\n", p));
        String other = html.replace("This story originally appeared on", "Listen to the story on");
        assertTrue(new HtmlExtractor().extract(other).paragraphs().get(0).startsWith("The harbour board"));
    }

    private static String page(String article) {
        return "<html><head><title>Island ferry to sail twice as often</title></head><body><article>" + article + "</article></body></html>";
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

    @Test
    void aStoryCutIntoSeveralArticleBodySectionsKeepsEverySectionInOrderAndNotTheAdsBetween() {
        String page = """
                <html><head><title>Orchard growers count the cost of a warm winter</title></head><body>
                <h1>Orchard growers count the cost of a warm winter</h1>
                <div class="story">
                <section itemprop="articleBody"><p>The peach trees in the lower valley flowered three weeks early this year,
                and a single night of frost in March took most of the blossom with it.</p></section>
                <div class="promo"><p>Advertisement</p></div>
                <section itemprop="articleBody"><p>Growers say the pattern has repeated in four of the last six seasons,
                and that insurance no longer covers the losses it once did. Several have begun to replace their oldest
                trees with varieties that need fewer cold nights, though those take years to bear fruit.</p>
                <p>The regional farm board will hear their case for a relief fund at its meeting next month, where it is
                also expected to discuss a scheme for shared frost fans on the hillside plots.</p></section>
                </div></body></html>""";
        Extraction x = new HtmlExtractor().extract(page);
        assertEquals(3, x.paragraphs().size(), x.paragraphs().toString());
        assertTrue(x.paragraphs().get(0).startsWith("The peach trees in the lower valley"), x.paragraphs().toString());
        assertFalse(String.join("\n", x.paragraphs()).contains("Advertisement"));
    }

    @Test
    void aShortFirstParagraphIsBodyWhenTheHeadlineSitsAboveTheArticleContainer() {
        String page = """
                <html><head><title>How to read a tide table</title></head><body>
                <header><h1>How to read a tide table</h1><p class="by">By Ines Varga</p></header>
                <article>
                <p>Tide tables look harder than they are.</p>
                <p>Each row gives a date, the times of high and low water, and the height of each above a fixed level
                on the chart, so the difference between two rows is how far the water will rise or fall.</p>
                <p>Local ports publish their own tables, because the timing of the tide shifts along a coast, and a
                table for the wrong harbour can be out by an hour or more.</p>
                </article></body></html>""";
        Extraction x = new HtmlExtractor().extract(page);
        assertEquals("How to read a tide table", x.title());
        assertEquals("Tide tables look harder than they are.", x.paragraphs().get(0), x.paragraphs().toString());
        assertEquals(3, x.paragraphs().size());
    }

    @Test
    void aFullSentenceStandfirstUnderAHeadlineOutsideTheArticleContainerLeadsTheBody() {
        String page = """
                <html><head><title>Harbour town votes to keep its ferry</title></head><body>
                <div class="col"><span class="kicker">Coast</span>
                <h1>Harbour town votes to keep its ferry</h1>
                <p class="intro">Residents of Kelvick chose to raise the local levy rather than lose the only crossing to the
                island, after a campaign that filled the town hall three nights running.</p>
                <p class="date">12 May</p>
                <div class="body"><p>The vote was close: 412 in favour and 389 against, on a turnout of almost two thirds, the
                highest the town has seen for a local question in twenty years.</p>
                <p>The ferry company had said it would stop the winter sailings unless the town covered the losses, which it
                put at about ninety thousand a year since fuel prices rose.</p></div>
                </div></body></html>""";
        List<String> p = new HtmlExtractor().extract(page).paragraphs();
        assertTrue(p.get(0).startsWith("Residents of Kelvick chose to raise the local levy"), p.toString());
        assertEquals(3, p.size(), "the date label is not a standfirst: " + p);
    }

    @Test
    void anOpenLetterIsChosenOverTheTableCellListingItsSignatories() {
        // Invented page without article markup: the signatories' cell has far more commas than any paragraph
        String page = """
                <html><head><title>A letter on the future of the town library</title></head><body>
                <div class="nav"><a href="/">Home</a> <a href="/letters">Letters</a></div>
                <div class="content">
                <p>We write as readers, teachers and writers who have used the town library all our lives, and who fear
                that the plan to close its reading room, announced last week, will leave the town without a quiet public
                place to study, to read the papers, or simply to sit.</p>
                <p>The council says the room costs too much to heat. We ask it to publish those costs, to hear the people
                who use the room every day, and to look at the offers of help that local firms have already made before it
                takes a decision that would be very hard to undo.</p>
                <p>A library is more than a shelf of books. It is one of the few places left where anyone may come in,
                stay as long as they like, and owe nothing, and that is worth a great deal more than the heating bill.</p>
                <table><tr><td>NAMES</td></tr></table>
                </div>
                <div class="footer"><p>Letters may be edited for length.</p></div>
                </body></html>
                """.replace("NAMES", signatories());
        List<String> p = new HtmlExtractor().extract(page).paragraphs();
        String text = String.join("\n", p);
        assertTrue(text.contains("We write as readers"), text);
        assertTrue(text.contains("A library is more than a shelf of books."), text);
    }

    @Test
    void aTableOfFiguresBetweenParagraphsIsKeptARowToALine() {
        // Invented page; "email" alone in a cell would read as a share button if each cell were a line
        String page = """
                <html><head><title>How fast are the new mail filters?</title></head><body>
                <article>
                <p>We ran the three filters over the same month of mail on one laptop, and timed each of them over
                five runs, keeping the best run of the five for every filter and every kind of message.</p>
                <table><tr><th>kind</th><th>filter A</th><th>filter B</th></tr>
                <tr><td>newsletters</td><td>1.2 ms</td><td>3.4 ms</td></tr>
                <tr><td>email</td><td>0.8 ms</td><td>2.9 ms</td></tr>
                <tr><td>invoices</td><td>1.9 ms</td><td>5.1 ms</td></tr></table>
                <p>Filter A was the fastest on every kind of message, and it used less memory than the others as
                well, though the gap was smallest on the plain personal mail that most people receive.</p>
                </article></body></html>
                """;
        List<String> p = new HtmlExtractor().extract(page).paragraphs();
        assertTrue(p.contains("email 0.8 ms 2.9 ms"), String.join("\n", p));
        assertTrue(p.contains("kind filter A filter B"), String.join("\n", p));
        assertTrue(p.get(p.size() - 1).startsWith("Filter A was the fastest"), String.join("\n", p));
    }

    @Test
    void aSectionWhoseClassSaysItHoldsAdsIsNotTakenForAnAd() {
        // Invented page: the story's section is marked as holding ad slots, and the linked teasers have more prose than the story
        String page = """
                <html><head><title>Wakeboard contest on the lake this Saturday</title></head><body>
                <section class="o-section o-section--has-ads"><div class="article-copy">
                <p>The wakeboard club holds its summer contest on the lake this Saturday, with riders from six clubs
                and a floating ramp that was built over the winter by members in the boathouse.</p>
                <p>Heats start at eleven and the final at five; entry for spectators is free, and the club asks
                visitors to come by bicycle or bus because the car park by the shore is small.</p>
                </div></section>
                <div class="more">
TEASERS
                </div></body></html>
                """.replace("TEASERS", """
                <div class="item"><a href="/t0"><h3>Story 0</h3><p>The harbour board met again on Thursday to discuss the ferry timetable, and the operator said it would publish a draft for comment before the end of the month.</p></a></div>
                <div class="item"><a href="/t1"><h3>Story 1</h3><p>A new bakery has opened in the old post office on the main street, and its owners say they will bake through the night so that the first loaves are ready for the early ferry.</p></a></div>
                <div class="item"><a href="/t2"><h3>Story 2</h3><p>The school choir won second place at the regional festival, and the head teacher said the pupils had rehearsed every lunchtime since the autumn to be ready for the day.</p></a></div>
                <div class="item"><a href="/t3"><h3>Story 3</h3><p>Volunteers cleared two tonnes of plastic from the north beach at the weekend, and the council has promised to empty the new bins there twice a week through the summer.</p></a></div>
                <div class="item"><a href="/u0"><h3>Other story 0</h3><p>The harbour board met again on Thursday to discuss the ferry timetable, and the operator said it would publish a draft for comment before the end of the month.</p></a></div>
                <div class="item"><a href="/u1"><h3>Other story 1</h3><p>A new bakery has opened in the old post office on the main street, and its owners say they will bake through the night so that the first loaves are ready for the early ferry.</p></a></div>
                <div class="item"><a href="/u2"><h3>Other story 2</h3><p>The school choir won second place at the regional festival, and the head teacher said the pupils had rehearsed every lunchtime since the autumn to be ready for the day.</p></a></div>
                <div class="item"><a href="/u3"><h3>Other story 3</h3><p>Volunteers cleared two tonnes of plastic from the north beach at the weekend, and the council has promised to empty the new bins there twice a week through the summer.</p></a></div>
                """);
        String text = String.join("\n", new HtmlExtractor().extract(page).paragraphs());
        assertTrue(text.startsWith("The wakeboard club holds its summer contest"), text);
        assertFalse(text.contains("bakery"), text);
    }

    /** 120 invented signatories, each with a role or a college after a comma, one per line. */
    private static String signatories() {
        String[] first = {"Ada", "Bruno", "Carla", "Dev", "Elin", "Farid", "Greta", "Hugo", "Iris", "Jonas", "Katja", "Lucas"};
        String[] last = {"Brenner", "Calder", "Dunmore", "Eastwood", "Farrow", "Holm", "Ilves", "Kerr", "Morrow", "Quist"};
        String[] roles = {"historian", "Northfield College", "poet", "writer", "Harbour University", "editor", "critic"};
        StringBuilder cell = new StringBuilder();
        int n = 0;
        for (String f : first) {
            for (String l : last) {
                cell.append("<b>").append(f).append(' ').append(l).append("</b>, ").append(roles[n++ % roles.length]).append("<br>");
            }
        }
        return cell.toString();
    }
}
