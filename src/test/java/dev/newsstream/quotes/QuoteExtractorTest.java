package dev.newsstream.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import dev.newsstream.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures are invented: people, places and outlets do not exist. */
class QuoteExtractorTest {
    private static final QuoteExtractor QX = new QuoteExtractor();

    private static List<Quote> run(String text) {
        return QX.extract(null, text, List.of());
    }

    private static Quote only(String text) {
        List<Quote> qs = run(text);
        assertEquals(1, qs.size(), () -> "quotes: " + qs);
        return qs.get(0);
    }

    /** A person entity with a mention at every occurrence of each form. */
    private static Entity person(String text, String name, String... forms) {
        List<Mention> ms = new ArrayList<>();
        for (String form : forms) {
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                ms.add(new Mention(form, i, i + form.length(), false));
            }
        }
        return new Entity(EntityType.PERSON, name, ms, 0.5);
    }

    @Test
    void speakerAfterQuoteWithCurlyMarks() {
        Quote q = only("“The river will crest on Thursday night,” Ilse Varden said.");
        assertEquals("The river will crest on Thursday night,", q.text());
        assertEquals("Ilse Varden", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void invertedSaidName() {
        Quote q = only("\"We have never seen a harvest this poor,\" said Tomas Rell, who farms near the lake.");
        assertEquals("Tomas Rell", q.speaker());
    }

    @Test
    void toldReportersKeepsTheSubjectNotTheListener() {
        Quote q = only("“The budget is balanced for the first time in a decade,” Mayor Lena Okafor told reporters on Monday.");
        assertEquals("Lena Okafor", q.speaker());
        assertEquals("told", q.cue());
    }

    @Test
    void accordingTo() {
        Quote q = only("The ferry will not sail again this year, “not until the hull is rebuilt,” according to Harbour Master Dov Quill.");
        assertEquals("Dov Quill", q.speaker());
        assertEquals("according to", q.cue());
    }

    @Test
    void wroteOnSocialMedia() {
        Quote q = only("Senator Aria Penhallow wrote on social media: “The vote tonight is a betrayal of every commuter in this state.”");
        assertEquals("Aria Penhallow", q.speaker());
        assertEquals("wrote", q.cue());
    }

    @Test
    void colonWithoutVerb() {
        Quote q = only("Councillor Bram Estey: “Nobody asked the families who live on that street.”");
        assertEquals("Bram Estey", q.speaker());
    }

    @Test
    void titleBeforeNameIsDropped() {
        Quote q = only("“The talks were useful but incomplete,” Ministry spokesman Pavel Grint said on Friday.");
        assertEquals("Pavel Grint", q.speaker());
    }

    @Test
    void appositiveAfterSurnameResolvesToCanonicalEntity() {
        String text = "Pavel Grint met the delegation on Thursday.\n\n“The talks were useful but incomplete,” Grint, the ministry’s spokesman, said.";
        Quote q = QX.extract(null, text, List.of(person(text, "Pavel Grint", "Pavel Grint", "Grint"))).get(0);
        assertEquals("Pavel Grint", q.speaker());
    }

    @Test
    void appositiveWithoutEntitiesFallsBackToTheName() {
        Quote q = only("“We will appeal,” Nadia Ferro, a lawyer for the tenants’ association, said after the ruling.");
        assertEquals("Nadia Ferro", q.speaker());
    }

    @Test
    void partyTagInParenthesesIsSkipped() {
        Quote q = only("“This bill is a gift to landlords,” Rep. Cal Ondrick (D-Ore.) said Friday.");
        assertEquals("Cal Ondrick", q.speaker());
    }

    @Test
    void interruptedQuoteGivesTwoQuotesWithOneSpeaker() {
        List<Quote> qs = run("“The bridge is safe,” Ilse Varden said, “but the approach road is not.”");
        assertEquals(2, qs.size());
        assertEquals("The bridge is safe,", qs.get(0).text());
        assertEquals("but the approach road is not.", qs.get(1).text());
        assertEquals("Ilse Varden", qs.get(0).speaker());
        assertEquals("Ilse Varden", qs.get(1).speaker());
    }

    @Test
    void quoteAfterAttributedSentenceKeepsTheSpeaker() {
        List<Quote> qs = run("“The bridge is safe,” Ilse Varden said. “We checked every bolt twice last spring.”");
        assertEquals(2, qs.size());
        assertEquals("Ilse Varden", qs.get(1).speaker());
    }

    @Test
    void paragraphWithoutCueContinuesThePreviousSpeaker() {
        List<Quote> qs = run("“We lost three boats in the storm,” said Marta Kuyper, who runs the co-operative.\n\n"
                + "“Nobody in this village has seen a winter like it, and the insurers will not pay.”");
        assertEquals(2, qs.size());
        assertEquals("Marta Kuyper", qs.get(1).speaker());
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuote() {
        String text = "Marta Kuyper said:\n\n“We lost three boats in the storm and two sheds on the quay.\n\n"
                + "“Nobody in this village has seen a winter like it.”\n\nThe council meets on Tuesday.";
        Quote q = only(text);
        assertTrue(q.text().startsWith("We lost three boats"));
        assertTrue(q.text().endsWith("seen a winter like it."));
        assertEquals("Marta Kuyper", q.speaker());
        assertEquals(q.text(), text.substring(q.start(), q.end()));
    }

    @Test
    void partialQuoteInsideASentence() {
        Quote q = only("Lena Okafor said the plan was “a reckless gamble with public money” and vowed to fight it.");
        assertEquals("a reckless gamble with public money", q.text());
        assertEquals("Lena Okafor", q.speaker());
    }

    @Test
    void singleQuotesAreToldApartFromApostrophes() {
        List<Quote> qs = run("Varden's band played rock 'n' roll hits from the '90s all night. "
                + "The organiser said: 'It was the best night the town has had in years.' "
                + "Later she added ‘we will do it again next summer’ to cheers.");
        assertEquals(2, qs.size(), () -> "quotes: " + qs);
        assertEquals("It was the best night the town has had in years.", qs.get(0).text());
        assertEquals("we will do it again next summer", qs.get(1).text());
    }

    @Test
    void apostrophesInsideSingleQuotesDoNotCloseIt() {
        Quote q = only("Ilse Varden said: ‘The farmers’ union doesn’t speak for the whole valley, and never has.’");
        assertEquals("The farmers’ union doesn’t speak for the whole valley, and never has.", q.text());
    }

    @Test
    void doubledSingleMarksActAsDoubleQuotes() {
        Quote q = only("''The harbour needs dredging before the autumn,'' said Dov Quill.");
        assertEquals("The harbour needs dredging before the autumn,", q.text());
        assertEquals("Dov Quill", q.speaker());
    }

    @Test
    void mixedStraightAndCurlyMarks() {
        Quote q = only("\"The harvest fell by a third this year,” said Tomas Rell.");
        assertEquals("The harvest fell by a third this year,", q.text());
    }

    @Test
    void scareQuotesAndTitlesAreNotReturned() {
        List<Quote> qs = run("The so-called “green corridor” opened on Monday, and the band played “Harbour Lights” at dusk.");
        assertTrue(qs.isEmpty(), () -> "quotes: " + qs);
    }

    @Test
    void shortQuoteWithACueIsKept() {
        Quote q = only("“Absolutely not,” Lena Okafor said.");
        assertEquals("Lena Okafor", q.speaker());
    }

    @Test
    void roleNounResolvesToTheHolderNamedInTheArticle() {
        String text = "Mayor Lena Okafor opened the new library on Saturday.\n\n“Books are cheaper than prisons,” the mayor said.";
        Quote q = only(text);
        assertEquals("Lena Okafor", q.speaker());
    }

    @Test
    void roleNounWithoutHolderIsTheRoleAsWritten() {
        Quote q = only("“Books are cheaper than prisons,” the spokesman said.");
        assertEquals("the spokesman", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void pronounResolvesToNearestPrecedingPerson() {
        String text = "Ilse Varden met Tomas Rell at the quay. Rell listened.\n\n“We cannot wait for the ministry,” he said.";
        List<Entity> ents = List.of(person(text, "Ilse Varden", "Ilse Varden"), person(text, "Tomas Rell", "Tomas Rell", "Rell"));
        Quote q = QX.extract(null, text, ents).get(0);
        assertEquals("Tomas Rell", q.speaker());
    }

    @Test
    void pronounWithoutEntitiesUsesThePreviousNamedSpeaker() {
        List<Quote> qs = run("“The river will crest on Thursday,” said Ilse Varden.\n\nThe town council met later.\n\n"
                + "“We have sandbags for every house,” she said.");
        assertEquals("Ilse Varden", qs.get(1).speaker());
    }

    @Test
    void surnameResolvesToCanonicalEntityEvenWithoutAMentionThere() {
        String text = "Ilse Varden arrived late.\n\n“The river will crest on Thursday,” Varden said.";
        Entity e = new Entity(EntityType.PERSON, "Ilse Varden", List.of(new Mention("Ilse Varden", 0, 11, false)), 0.9);
        assertEquals("Ilse Varden", QX.extract(null, text, List.of(e)).get(0).speaker());
    }

    @Test
    void organisationAsSpeaker() {
        Quote q = only("“The figures were revised twice before publication,” The Daily Ledger reported.");
        assertEquals("Daily Ledger", q.speaker());
    }

    @Test
    void capitalisedTheInsideASentenceStaysInTheName() {
        Quote q = only("The levy was illegal, “and everyone in the council knew it,” according to The Daily Ledger.");
        assertEquals("The Daily Ledger", q.speaker());
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        Quote q = only("“My father used to say, ‘Never sell the boat in winter,’ and he was right,” said Marta Kuyper.");
        assertEquals("My father used to say, ‘Never sell the boat in winter,’ and he was right,", q.text());
        assertEquals("Marta Kuyper", q.speaker());
    }

    @Test
    void dashAttribution() {
        Quote q = only("“The valley deserves a hospital of its own.” ― Marta Kuyper");
        assertEquals("Marta Kuyper", q.speaker());
    }

    @Test
    void participleTakesTheClauseSubject() {
        Quote q = only("During a rally in the square, Aria Penhallow attacked the plan, saying, “It will empty our schools.”");
        assertEquals("Aria Penhallow", q.speaker());
    }

    @Test
    void quoteWithNoAttributionHasNullSpeaker() {
        Quote q = only("The ferry sailed late on Tuesday.\n\n“Nobody asked us before the fences went up on the quay.”");
        assertNull(q.speaker());
    }

    @Test
    void unattributedPhraseWovenIntoTheWritersClauseIsNotAQuote() {
        assertTrue(run("The sign on the door read “Closed until the floods have gone, sorry for any trouble.”").isEmpty());
        assertTrue(run("Tolva Renick called the harbour plan “a gift to the few who own the quay” in her column.").isEmpty());
    }

    @Test
    void wovenPhraseWithACueOrAPreviousQuoteIsKept() {
        List<Quote> qs = run("Tolva Renick said the plan was “a reckless gamble with public money” and that it would "
                + "“leave the harbour poorer for a generation.”");
        assertEquals(2, qs.size(), () -> "quotes: " + qs);
        assertEquals("Tolva Renick", qs.get(0).speaker());
        assertEquals("Tolva Renick", qs.get(1).speaker());
    }

    @Test
    void titleQuotesCarryTitleOffsets() {
        String title = "Varden: “The river will crest on Thursday night”";
        List<Quote> qs = QX.extract(title, "The warning came at noon.", List.of());
        assertEquals(1, qs.size());
        Quote q = qs.get(0);
        assertTrue(q.inTitle());
        assertEquals(q.text(), title.substring(q.start(), q.end()));
        assertEquals("Varden", q.speaker());
    }

    @Test
    void unbalancedMarksDoNotCrashAndDropTheOrphan() {
        List<Quote> qs = run("“We will win the appeal, Okafor said.\n\nLater: “The court agreed with us,” Lena Okafor said. ”Stray");
        assertEquals(1, qs.size(), () -> "quotes: " + qs);
        assertEquals("The court agreed with us,", qs.get(0).text());
    }

    @Test
    void nullAndEmptyInputs() {
        assertTrue(QX.extract(null, null, null).isEmpty());
        assertTrue(QX.extract("", "", List.of()).isEmpty());
        assertTrue(QX.extract(null, "\"", List.of()).isEmpty());
    }

    @Test
    void showAndWorkTitlesAreNotSpeech() {
        List<Quote> qs = run("Ilse Varden said on the network’s “Morning Harbour Hour” that she would run again, "
                + "and the band played “Songs Of The Long Valley Road” at the close.");
        assertTrue(qs.isEmpty(), () -> "quotes: " + qs);
    }

    @Test
    void locativeAndAgeAppositivesAreSkipped() {
        Quote q = only("Ruth Anselm, 71, of Greyhaven, Ore., who watched the parade from a bench on the Green, "
                + "said that “the summers when the whole town came out to the river” were what she missed most.");
        assertEquals("Ruth Anselm", q.speaker());
    }

    @Test
    void descriptiveAppositiveEndingInAPlaceNameIsNotTheSpeaker() {
        Quote q = only("“We were never told about the spill,” Oren Blaight, standing on the pier in Port Ellery, said.");
        assertEquals("Oren Blaight", q.speaker());
    }

    @Test
    void shortFragmentWovenIntoTheSentenceIsNotAQuote() {
        assertTrue(run("Mayor Tolva Renick said the harbour plan was “badly rushed” and promised changes.").isEmpty());
        Quote q = only("“Absolutely not,” Tolva Renick said when asked about the harbour plan.");
        assertEquals("Tolva Renick", q.speaker());
    }

    @Test
    void quoteAfterPrepositionOrArticleIsATerm() {
        List<Quote> qs = run("The council dropped a call for “a full audit of the harbour accounts” from its motion, "
                + "and critics mocked the “plan for every family in the valley” as empty.");
        assertTrue(qs.isEmpty(), () -> "quotes: " + qs);
    }

    @Test
    void quoteAfterPrepositionStaysWhenACueFollows() {
        Quote q = only("Asked about it, “we never saw a full audit of the harbour accounts,” Tolva Renick said.");
        assertEquals("Tolva Renick", q.speaker());
    }

    @Test
    void partialQuoteAfterThatIsKept() {
        Quote q = only("Tolva Renick said that “the harbour accounts were never audited in full.”");
        assertEquals("Tolva Renick", q.speaker());
    }

    @Test
    void titleSetOffByCommasInsideASentenceIsNotSpeech() {
        List<Quote> qs = run("In her 2019 memoir, “Letters From The Salt Marsh Coast,” Dara Pell describes the flood.");
        assertTrue(qs.isEmpty(), () -> "quotes: " + qs);
        Quote q = only("Dara Pell said: “We Will Rebuild Every Single Home On This Coast.”");
        assertEquals("Dara Pell", q.speaker());
    }

    @Test
    void dashSignatureAfterNoBreakSpacesNamesTheSpeaker() {
        List<Quote> qs = run("\u201CWe waited for hours and nobody came.\u201D\u00A0\u2015\u00A0Tamsin Orle\u00A0\n"
                + "\u201CThe water rose faster than anyone said it would.\u201D \u2015 Bram Kettle.\n");
        assertEquals(2, qs.size(), () -> "quotes: " + qs);
        assertEquals("Tamsin Orle", qs.get(0).speaker());
        assertEquals("Bram Kettle", qs.get(1).speaker());
    }

    @Test
    void continuationDoesNotSkipAnUnattributedQuote() {
        List<Quote> qs = run("“We will reopen the mill by spring,” said Hal Brennic.\n\n"
                + "The workers posted an open letter on Monday.\n\n"
                + "“We were promised a fair wage,” the letter reads. “We are still waiting for it.”");
        assertEquals(3, qs.size(), () -> "quotes: " + qs);
        assertEquals("Hal Brennic", qs.get(0).speaker());
        assertEquals("reads", qs.get(1).cue());
        assertEquals("the letter", qs.get(1).speaker());
        assertEquals("the letter", qs.get(2).speaker());
    }

    @Test
    void subjectWithPartyTagIsRememberedForPronouns() {
        List<Quote> qs = run("“The figures do not add up,” said Dr. Piet Ormond, a statistician.\n\n"
                + "Sen. Carys Lindqvist (D-Vt.) pressed the panel: “Who signed off on these numbers?” she said.");
        assertEquals(2, qs.size(), () -> "quotes: " + qs);
        assertEquals("Carys Lindqvist", qs.get(1).speaker());
    }

    private static final String GENDER_TEXT = "Dalia Renn toured the flooded school on Monday. She called the damage severe.\n\n"
            + "Mr. Tobin Ferro, her deputy, disagreed. “The east wall is safe for now,” he said.\n\n"
            + "“We saw cracks in every classroom we entered,” she said.";

    @Test
    void sheSkipsAPersonTheArticleCallsHe() {
        List<Quote> qs = run(GENDER_TEXT);
        assertEquals(2, qs.size(), () -> "quotes: " + qs);
        assertEquals("Tobin Ferro", qs.get(0).speaker());
        assertEquals("Dalia Renn", qs.get(1).speaker());
    }

    @Test
    void sheSkipsAMaleEntity() {
        List<Entity> ents = List.of(person(GENDER_TEXT, "Dalia Renn", "Dalia Renn"),
                person(GENDER_TEXT, "Tobin Ferro", "Tobin Ferro"));
        List<Quote> qs = QX.extract(null, GENDER_TEXT, ents);
        assertEquals(2, qs.size(), () -> "quotes: " + qs);
        assertEquals("Tobin Ferro", qs.get(0).speaker());
        assertEquals("Dalia Renn", qs.get(1).speaker());
    }

    @Test
    void quotedSubheadParagraphIsNotSpeech() {
        List<Quote> qs = run("“The pumps failed twice before dawn,” said Wren Aldous, the harbour engineer.\n\n"
                + "\u2018Storm of the Decade on the Coast.\u2019\n\n"
                + "The storm reached the coast at noon.");
        assertEquals(1, qs.size(), () -> "quotes: " + qs);
        assertEquals("Wren Aldous", qs.get(0).speaker());
    }

    @Test
    void cueWordAfterAPrepositionIsANoun() {
        Quote q = only("Spokeswoman Lena Marsh said via email that, “the district has no plans to close the school this year.”");
        assertEquals("Lena Marsh", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void roleNounResolvesToTheAppositiveHolder() {
        List<Quote> qs = run("The ferry service will resume on Friday, according to Nadia Kostel, the port authority's spokeswoman.\n\n"
                + "“Every boat has been inspected twice,” the spokeswoman said.");
        assertEquals(1, qs.size(), () -> "quotes: " + qs);
        assertEquals("Nadia Kostel", qs.get(0).speaker());
    }

    @Test
    void roleNounWithoutANamedHolderIsTheRoleAsWritten() {
        Quote q = only("“Every boat has been inspected twice,” the spokeswoman said.");
        assertEquals("the spokeswoman", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void unnamedSourceIsThePhraseAsWritten() {
        assertEquals("the audit report", only("“The figures do not add up,” the audit report said.").speaker());
        assertEquals("A former harbour pilot", only("A former harbour pilot wrote: “Nobody read the contract before signing it.”").speaker());
        assertEquals("the campaign’s new television ad",
                only("“Who will keep the lights on for your family?” the campaign’s new television ad asks.").speaker());
    }

    @Test
    void unnamedSourceKeepsOnlyTheWordsNextToItsHead() {
        Quote q = only("In quieter years -- with some patience -- a visitor would now ask: “Why is the harbour gate locked all day?”");
        assertEquals("a visitor", q.speaker());
        assertEquals("ask", q.cue());
    }

    @Test
    void unnamedSourceNeedsANounHead() {
        Quote q = only("Tolva Renick was stunned. Then came the reply, and it was: “We will not reopen the harbour this year.”");
        assertNull(q.speaker());
    }

    @Test
    void unnamedSourceIsANounPhraseNotAClause() {
        assertEquals("engineers", only("“The old bridge will hold for another decade,” engineers said.").speaker());
        assertNull(only("On the recording the man could be heard saying “Open the gate before the tide comes in.”").speaker());
    }

    @Test
    void aQuoteWithoutANamedSpeakerPassesNothingOn() {
        List<Quote> qs = run("Asked about the fence, someone said: “We never agreed to any of it.” Later the council "
                + "found there had been “forty-two separate complaints” about the quay.");
        assertEquals(1, qs.size(), () -> "quotes: " + qs);
        assertEquals("We never agreed to any of it.", qs.get(0).text());
    }
}
