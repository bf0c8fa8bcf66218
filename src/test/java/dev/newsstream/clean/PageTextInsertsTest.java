package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page text with lines set into the story (ad labels, inline "read also" links), briefs that end
 * with their source, timelines, counters, and text in languages without a stop-word list here.
 */
class PageTextInsertsTest {
    private final PageTextExtractor extractor = new PageTextExtractor();

    private static final List<String> MENU = List.of("Cellan Gazette", "News", "Islands", "Sport", "Subscribe", "Sign in");
    private static final List<String> FOOTER = List.of("Share this article", "Related stories", "Ferry fares to rise in April",
            "Council approves new cycle lanes", "Most read", "Privacy policy", "© 2031 Cellan Gazette");

    private Extraction page(List<String> header, List<String> body) {
        List<String> lines = new java.util.ArrayList<>(MENU);
        lines.addAll(header);
        lines.addAll(body);
        lines.addAll(FOOTER);
        return extractor.extract(TextNormalizer.text(String.join("\n\n", lines)));
    }

    @Test
    void briefsEndingWithTheirSourceAreNoRailOfHeadlines() {
        List<String> briefs = List.of(
                "Harbour United are weighing a January bid for Cellan striker Oskar Vell, 24, who has scored nine times in the league and twice in the cup this season. (Island Post)",
                "Port Aldane will ask at least £3m for goalkeeper Remi Tasse, 27, amid interest from two mainland clubs. (Sunday Ledger)",
                "Cellan manager Ida Roan says she expects no new signings this month unless a player leaves the island, and that the squad is big enough for the spring. (Radio Cellan)",
                "Advertisement",
                "Ferrybridge defender Tom Askew, 30, is close to a two-year deal with a club across the strait. (Strait Sport - in Danish)",
                "Northby have turned down a loan bid for winger Sol Ambe, 19, because they want a fee included. (Cellan Gazette)",
                "Harbour United could also offer midfielder Jan Pell, 31, as part of a swap deal for Vell, although Cellan are understood to prefer cash to players. (Island Post)");
        List<String> kept = page(List.of("Transfer gossip: Harbour United eye Vell", "Compiled by Ada Marsh", "19 January 2031"), briefs)
                .paragraphs();
        for (String brief : briefs) {
            assertEquals(!brief.equals("Advertisement"), kept.contains(brief), brief);
        }
    }

    @Test
    void aBracketedDateAfterASentenceIsATeaserCardsStampNotASource() {
        assertTrue(LineClassifier.sentenceWithSource("The ferry sails twice as often. (Island Post)"));
        assertTrue(LineClassifier.sentenceWithSource("Cellan won 2-0 at home on Saturday. (Full report, page 42)"));
        assertFalse(LineClassifier.sentenceWithSource("The ferry sails twice as often. (17.10.2031)"));
        assertFalse(LineClassifier.sentenceWithSource("Harbour board votes for more winter crossings (Island Post)"),
                "a headline with its source has no full stop before the brackets");
    }

    @Test
    void aTimelineOfStampedEntriesIsNoRail() {
        List<String> body = List.of(
                "Fire crews were still damping down the old Cellan net loft on Friday, four days after a blaze destroyed it and forced dozens of families from their homes.",
                "Here is how the week unfolded.",
                "Monday 9pm – Residents on Quay Lane report smoke coming from the roof of the loft",
                "Monday 10.30pm – Six fire engines arrive and the neighbouring houses are evacuated",
                "Tuesday 2am – The roof collapses and the fire spreads to the boat shed next door",
                "Tuesday 8am – Police close the harbour road and send traffic round by the chapel",
                "Wednesday afternoon – Families on the eastern side of the lane are allowed back home",
                "Thursday morning – The council says the remaining walls will come down for safety",
                "The cause of the fire is still being investigated, and police have asked anyone with information to contact them.");
        List<String> kept = page(List.of("Net loft fire: how the week unfolded", "By Ada Marsh", "14 March 2031"), body).paragraphs();
        assertEquals(body, kept);
    }

    private static final String LIBRARY_LEDE = "The island council wants to shorten the opening hours of its five branch"
            + " libraries as part of next year's savings plan, which must find about two million euros.";
    private static final String LIBRARY_CLOSE = "Library users have already collected more than three thousand signatures"
            + " against the plan, which the council will debate in March.";
    private static final String SHORT_QUOTE = "“Every option is a bad one. We are looking for the least bad,” said the finance director, Eva Roan.";

    private List<String> libraryStory(String... body) {
        List<String> lines = new java.util.ArrayList<>(List.of(LIBRARY_LEDE));
        lines.addAll(List.of(body));
        return page(List.of("Island libraries may close two days a week", "By Ada Marsh", "3 February 2031"), lines).paragraphs();
    }

    @Test
    void aShortParagraphBetweenAnInlineLinkAndAnAdLabelIsTheStorys() {
        List<String> kept = libraryStory("Läs också: Ferry fares to rise again in April", SHORT_QUOTE, "Advertisement",
                "The swimming hall will also close for the summer.");
        assertTrue(kept.contains(SHORT_QUOTE), String.join("\n", kept));
        assertFalse(kept.contains("Läs också: Ferry fares to rise again in April"), String.join("\n", kept));
        assertFalse(kept.contains("Advertisement"), String.join("\n", kept));
    }

    @Test
    void aShortParagraphUnderAnAdLabelIsTheStorys() {
        List<String> kept = libraryStory("Advertisement", SHORT_QUOTE, "The swimming hall will also close for the summer.",
                LIBRARY_CLOSE);
        assertTrue(kept.contains(SHORT_QUOTE), String.join("\n", kept));
    }

    @Test
    void aSubheadUnderAnAdLabelOpensTheNextSection() {
        List<String> kept = libraryStory("The branch in the old harbour would close on Mondays and Thursdays from April, the plan says.",
                "Advertisement", "Volunteers offer to help",
                "A group of retired teachers has offered to staff the harbour branch on the days it would close, without pay.",
                LIBRARY_CLOSE);
        assertTrue(kept.contains("Volunteers offer to help"), String.join("\n", kept));
        assertFalse(kept.contains("Advertisement"), String.join("\n", kept));
    }

    @Test
    void anExplainersQuestionUnderAnAdLabelHeadsItsOneParagraphAnswer() {
        List<String> kept = libraryStory("The branch in the old harbour would close on Mondays and Thursdays from April, the plan says.",
                "Advertisement", "Has this happened before?",
                "The council closed two branches for a year in 2019 and reopened them after a petition signed by four thousand islanders.",
                "What happens next?", "The plan goes to a vote of the full council on 12 March, after a public consultation in which every branch will hold an open evening.");
        assertTrue(kept.contains("Has this happened before?"), String.join("\n", kept));
        assertTrue(kept.contains("What happens next?"), String.join("\n", kept));
    }

    @Test
    void anAdsHeadingOverItsCopyIsNoSubhead() {
        List<String> kept = libraryStory("The branch in the old harbour would close on Mondays and Thursdays from April, the plan says.",
                "Advertisement", "All the island news in one place",
                "Every story from the islands, with all the pictures and the morning edition at six, now comes to phones and tablets too.",
                "Advertisement");
        assertFalse(kept.contains("All the island news in one place"), String.join("\n", kept));
    }

    @Test
    void labelsOfMoreLanguagesAreFurniture() {
        LineClassifier classifier = new LineClassifier();
        for (String label : List.of("Oglas", "Publicitat", "Quảng cáo", "광고", "विज्ञापन", "Tangazo",
                "PROČITAJTE I: Trajekt će ploviti i noću", "Llegiu també: El ferri nocturn torna a navegar",
                "Διαβάστε επίσης: Νέα δρομολόγια για το πλοίο της γραμμής", "Читайте також: Пором ходитиме двічі на день",
                "Xem thêm: Phà đêm hoạt động trở lại", "Soma pia: Kivuko kipya chaanza safari",
                "यह भी पढ़ें: बंदरगाह पर नई नौका सेवा शुरू", "<저작권자 ⓒ 섬마을신문, 무단 전재 및 재배포 금지>")) {
            assertTrue(classifier.classify(List.of(label)).get(0).hard(), label);
        }
    }

    @Test
    void labelsInLanguagesWithoutAStopWordListAreFurniture() {
        LineClassifier classifier = new LineClassifier();
        for (String label : List.of("Annons", "Annonse", "Mainos", "Hirdetés", "Reklam", "Iklan", "Läs också: Rekord för nattåget i vinter",
                "Les også: Landslaget tar ut troppen", "Lue myös: Kaupungin velka kasvoi", "Citește și: Trafic restricționat în centru",
                "Baca juga: Pemkab siapkan dana darurat", "Čtěte také: Vlaky nepojedou", "Mest läst", "- Διαφήμιση -", "Реклама",
                "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.", "Table of Contents")) {
            assertTrue(classifier.classify(List.of(label)).get(0).hard(), label);
        }
    }

    @Test
    void labelsOfTagalogArabicBulgarianSlovakLithuanianBengaliHebrewThaiPersianTurkishAndJapaneseAreFurniture() {
        LineClassifier classifier = new LineClassifier();
        for (String label : List.of("BASAHIN DIN: Bagong ferry, maglalayag na sa Disyembre", "اقرأ أيضاً: العبّارة تبحر مرتين يومياً",
                "Вижте още: Фериботът ще плава два пъти на ден", "Prečítajte si aj: Trajekt bude premávať dvakrát denne",
                "Skaitykite taip pat: Keltas plauks du kartus per dieną", "আরও পড়ুন: ফেরি এখন দিনে দুবার চলবে",
                "קראו גם: המעבורת תפליג פעמיים ביום", "ข่าวที่เกี่ยวข้อง: เรือข้ามฟากเพิ่มเที่ยว", "بیشتر بخوانید: کشتی روزی دو بار می‌رود",
                "إعلان", "פרסומת", "বিজ্ঞাপন", "โฆษณา", "تبلیغات", "Patalastas", "HABERİN DEVAMI", "【PR】老後資金、いくら必要？")) {
            assertTrue(classifier.classify(List.of(label)).get(0).hard(), label);
        }
    }

    @Test
    void aGallerysCaptionsAndCountersBetweenParagraphsAreInserts() {
        List<String> paragraphs = List.of(
                "The winter swimmers of Cellan met at the frozen lake on Sunday for the twelfth time, although the thermometer showed minus eighteen in the morning.",
                "The organiser, Tiit Kask, said the hole in the ice had to be sawn open twice the evening before, because it kept freezing shut overnight.",
                "The oldest swimmer, an 83-year-old retired teacher, has been swimming in the winter for more than thirty years and comes every week.",
                "The next winter swimming day will be held at the lake in the middle of February, and the organisers promise a second lane if the ice allows it.");
        List<String> body = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            body.add(paragraphs.get(i));
            body.addAll(List.of("Swimmers wait for their turn by the lake. Foto: Mart Lepik", (2 * i + 1) + "/8",
                    "The organisers cut a lane into the ice on Friday. Foto: Kadri Saar", (2 * i + 2) + "/8"));
        }
        List<String> kept = page(List.of("Winter swimmers brave minus eighteen at the lake", "By Kadri Saar", "15 February 2032"), body)
                .paragraphs();
        for (String paragraph : paragraphs) {
            assertTrue(kept.contains(paragraph), String.join("\n", kept));
        }
        assertFalse(kept.contains("1/8"), String.join("\n", kept));
    }

    @Test
    void aTabloidCaptionWithItsCreditIsAnInsertBetweenParagraphs() {
        String caption = "Biscuit with the trophy after the final Credit: Instagram/cellanpets";
        String after = "The prize includes a cheque and a spot on the Christmas special.";
        List<String> kept = libraryStory("He wrote: \"Beaten fair and square, he is getting his own agent.\"", caption, after,
                "His rep confirmed the money would go to an animal shelter.");
        assertFalse(kept.contains(caption), String.join("\n", kept));
        assertTrue(kept.contains(after), String.join("\n", kept));
        assertFalse(new LineClassifier().classify(List.of("The club gave him the credit: he won it alone")).get(0).hard());
        for (String benefit : List.of("Universal Credit: what changes in April", "Pension Credit: £227.10 a week")) {
            assertFalse(new LineClassifier().classify(List.of(benefit)).get(0).hard(), benefit);
        }
    }

    @Test
    void aJapaneseParagraphInAnEnglishStoryIsText() {
        // invented: the harbour board decided on Monday to double the winter crossings; commuters were stranded three times a week
        String japanese = "島のフェリーは冬の間、運航回数を二倍に増やすと港湾委員会が月曜日に決めた。通勤客は先月、週に三回も港に取り残された。";
        List<String> body = List.of(LEDE, "The notice the board posted at the quay for its Japanese-speaking crews read, in full, as follows.",
                japanese, "That is: the crossings double this winter, after commuters were stranded on the quay three times a week last month.",
                "The ferry operator said the extra crossings would start in November and that its older boat would stay in service.");
        List<String> kept = page(List.of("Island ferry to sail twice as often", "By Ada Marsh", "3 February 2031"), body).paragraphs();
        assertTrue(kept.contains(japanese), String.join("\n", kept));
        assertTrue(LineClassifier.endsLikeSentence("通勤客は港に取り残された。") && LineClassifier.endsLikeSentence("「取り残された。」"));
    }

    @Test
    void readerSupportAppealsAreFurnitureButStoriesAboutFundingAreNot() {
        LineClassifier classifier = new LineClassifier();
        for (String appeal : List.of("Investigations like this take months. If you value local journalism, please consider becoming a supporter from £3 a month.",
                "This site is funded by our readers.")) {
            assertTrue(classifier.classify(List.of(appeal)).get(0).hard(), appeal);
        }
        for (String prose : List.of("Since 1994 the Cellan Gazette has been funded by its readers, who pay a monthly fee for the paper.",
                "About a third of the island's households took up the offer of becoming a supporter in the first year.")) {
            assertFalse(classifier.classify(List.of(prose)).get(0).hard(), prose);
        }
    }

    @Test
    void wordsThatAreLabelsOnlyAloneStayInSubheads() {
        LineClassifier classifier = new LineClassifier();
        for (String subhead : List.of("Reklam i sociala medier", "Tilaa riittää kaikille", "Warga bagikan pengalaman",
                "Kommentarer fra naboene")) {
            assertFalse(classifier.classify(List.of(subhead)).get(0).hard(), subhead);
        }
        assertTrue(classifier.classify(List.of("Reklam")).get(0).hard(), "alone, the ad slot's label");
    }

    @Test
    void aCaptionOverItsCreditAfterAnAdLabelIsThePictures() {
        String caption = "The ferry terminal's waiting hall, photographed before the last crossing.";
        List<String> kept = libraryStory("Advertisement", caption, "Photo: Ada Marsh",
                LIBRARY_CLOSE);
        assertFalse(kept.contains(caption), String.join("\n", kept));
    }

    @Test
    void chineseAndJapaneseEditorAndRelatedLabelsAreFurniture() {
        LineClassifier classifier = new LineClassifier();
        for (String label : List.of("（责任编辑：王晓雯）", "（编辑：刘洋）", "【関連記事】市立図書館で蔵書の電子化進む", "【相关阅读】渡轮冬季班次增加")) {
            assertTrue(classifier.classify(List.of(label)).get(0).hard(), label);
        }
        assertFalse(classifier.classify(List.of("（记者 叶知秋）今年秋收期间，青禾县试点运行共享农机平台，小农户秋收成本下降约三成。")).get(0).hard(),
                "a reporter's name in brackets opening the lede");
    }

    @Test
    void countersOfGalleriesAndQuizzesAreFurniture() {
        LineClassifier classifier = new LineClassifier();
        for (String counter : List.of("1 of 4", "Photo 3 of 12", "Question 1 of 5", "Bild 2 von 8", "2/9")) {
            assertTrue(classifier.classify(List.of(counter)).get(0).hard(), counter);
        }
        assertFalse(classifier.classify(List.of("1 of 4 ferries cancelled")).get(0).hard());
    }

    @Test
    void bylinesWithOtherLabelsAndBareNamesAfterAPreposition() {
        assertEquals("Ada Marsh", page(List.of("Transfer gossip: Harbour United eye Vell", "Compiled by Ada Marsh", "19 January 2031"),
                List.of(LEDE)).byline());
        assertEquals("Kari Lund", page(List.of("Fergen går oftere i vinter", "Av Kari Lund", "19. januar 2031"), List.of(LEDE)).byline());
        assertEquals("Jan de Vries", page(List.of("Veerboot vaart vaker deze winter", "Door Jan de Vries", "19 januari 2031"),
                List.of(LEDE)).byline());
        LineClassifier classifier = new LineClassifier();
        assertFalse(classifier.classify(List.of("Av de 40 skolene fikk tre toppkarakter")).get(0).byline(),
                "a preposition opening a sentence");
        assertFalse(classifier.classify(List.of("Analysis by Harbour Institute finds fares doubled")).get(0).byline(),
                "a headline about an analysis");
    }

    @Test
    void aLongReadsFirstChapterHeadingUnderItsBylineIsTheStorys() {
        List<String> chapter = List.of(
                "The boat builders of Cellan have launched one hull a year for a century, and this may be the last.");
        Extraction e = page(List.of("The last boat builders of Cellan",
                "The yard has launched a hull every spring since 1931. This spring nobody knows who will build it.",
                "By Ines Faraday", "14 March 2031", "22 min read", "I. The shed"),
                List.of(chapter.get(0) + " The yard stands at the end of the harbour road, behind the lifeboat station.",
                        "Its owner, Rhodri Tallis, is 71 and has no apprentice. His grandfather opened the yard after the war.",
                        "II. The last order",
                        "The order for this year's boat came from a ferry company on the mainland, which wants a launch for its harbour.",
                        "Tallis has promised to finish it by May, when the sea warms and the paint dries faster."));
        List<String> kept = e.paragraphs();
        assertTrue(kept.contains("I. The shed"), String.join("\n", kept));
        assertTrue(kept.indexOf("I. The shed") < kept.indexOf("II. The last order"), String.join("\n", kept));
        assertFalse(kept.contains("22 min read"), String.join("\n", kept));
    }

    @Test
    void aClubsNameUnderTheDateIsNoChapterOfAReportNumberingItsHalves() {
        Extraction e = page(List.of("Cellan hold the leaders to a draw",
                        "The captain scores in stoppage time, and the reserves stay unbeaten at home for a third match running.",
                        "By Ines Faraday", "14 March 2031", "1. FC Cellan II"),
                List.of("The reserves of the island club held the league leaders to a draw on Saturday, in front of four hundred fans.",
                        "1. Halbzeit: Cellan defend deep", "The visitors had most of the ball in the first half but hardly a shot on goal.",
                        "2. Halbzeit: a late equaliser", "The equaliser came in the last minute, a header from a corner by the captain."));
        assertFalse(e.paragraphs().contains("1. FC Cellan II"), String.join("\n", e.paragraphs()));
    }

    @Test
    void aGalleryAfterTheStoryEndsItBeforeTheTeasersBelow() {
        List<String> body = new java.util.ArrayList<>(List.of(
                "Thousands of people lined the river on Saturday evening for the island's first lantern parade, organised by the arts trust.",
                "More than six hundred children from eleven schools carried lanterns they had made in art lessons over the past month.",
                "In pictures"));
        for (int i = 1; i <= 3; i++) {
            body.addAll(List.of(i + "/3", "Children carry paper lanterns along the river path. Photo: Ada Wren"));
        }
        String teaser = "The Christmas market will return to the castle grounds this year after three years in the town square, the organisers said.";
        body.addAll(List.of("Christmas market moves back to the castle", teaser));
        List<String> kept = page(List.of("Lantern parade lights up the river", "By Kadri Saar", "15 November 2031"), body).paragraphs();
        assertFalse(kept.contains(teaser), String.join("\n", kept));
    }

    @Test
    void aNumberedLineUnderTheBylineWithoutASecondIsNoChapter() {
        Extraction e = page(List.of("The last boat builders of Cellan",
                "The yard has launched a hull every spring since 1931. This spring nobody knows who will build it.",
                "By Ines Faraday", "14 March 2031", "1. Most read"),
                List.of("The boat builders of Cellan have launched one hull a year for a century, and this may be the last one.",
                        "Its owner, Rhodri Tallis, is 71 and has no apprentice. His grandfather opened the yard after the war.",
                        "Tallis has promised to finish it by May, when the sea warms and the paint dries faster."));
        assertFalse(e.paragraphs().contains("1. Most read"), String.join("\n", e.paragraphs()));
    }

    private static final String LEDE = "The harbour board of Cellan voted on Monday to run the island ferry twice as often through the winter,"
            + " after a month in which commuters were left on the quay three mornings a week.";
}
