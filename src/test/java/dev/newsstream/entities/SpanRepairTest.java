package dev.newsstream.entities;

import static dev.newsstream.model.EntityType.LOCATION;
import static dev.newsstream.model.EntityType.MISC;
import static dev.newsstream.model.EntityType.ORGANIZATION;
import static dev.newsstream.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanRepairTest {

    /**
     * Repairs the spans of the given surfaces (each found after the previous one) and returns
     * "TYPE:text" of what is left.
     */
    private static List<String> repaired(String text, Object... typeAndSurface) {
        List<NerSpan> spans = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeAndSurface.length; i += 2) {
            String s = (String) typeAndSurface[i + 1];
            int at = text.indexOf(s, from);
            spans.add(new NerSpan((EntityType) typeAndSurface[i], at, at + s.length()));
            from = at + s.length();
        }
        List<String> out = new ArrayList<>();
        for (NerSpan s : SpanRepair.repair(text, spans)) {
            out.add(s.type() + ":" + text.substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void possessiveEndingsComeOff() {
        assertEquals(List.of("PERSON:Marta Oyelaran"), repaired("Marta Oyelaran's plan failed.", PERSON, "Marta Oyelaran's"));
        assertEquals(List.of("PERSON:Marta Oyelaran"), repaired("Marta Oyelaran’s plan failed.", PERSON, "Marta Oyelaran’s"));
        assertEquals(List.of("ORGANIZATION:Harbour Pilots"), repaired("the Harbour Pilots' vote", ORGANIZATION, "Harbour Pilots'"));
    }

    @Test
    void titlesAndRolesAreStrippedFromPeople() {
        assertEquals(List.of("PERSON:Ines Valcourt"), repaired("Deputy Mayor Ines Valcourt spoke.", PERSON, "Deputy Mayor Ines Valcourt"));
        assertEquals(List.of("PERSON:Olu Bamgbose"), repaired("Secretary of State Olu Bamgbose left.", PERSON, "Secretary of State Olu Bamgbose"));
        assertEquals(List.of("PERSON:Rolf Andersby"), repaired("Navy Secretary Rolf Andersby said so.", PERSON, "Navy Secretary Rolf Andersby"));
        assertEquals(List.of("PERSON:Kaja Lind"), repaired("Ferry Board Spokeswoman Kaja Lind said.", PERSON, "Ferry Board Spokeswoman Kaja Lind"));
        assertEquals(List.of("PERSON:Tove Brann"), repaired("Dr. Tove Brann said.", PERSON, "Dr. Tove Brann"));
    }

    @Test
    void aRoleAloneIsNotAPerson() {
        assertEquals(List.of(), repaired("The Senate Spokesperson declined.", PERSON, "Senate Spokesperson"));
        assertEquals(List.of(), repaired("President said no.", PERSON, "President"));
    }

    @Test
    void aTitleThatIsAlsoASurnameStays() {
        assertEquals(List.of("PERSON:Ralf King"), repaired("Ralf King wrote it.", PERSON, "Ralf King"));
        assertEquals(List.of("PERSON:Ada Bishop Jr."), repaired("Ada Bishop Jr. wrote it.", PERSON, "Ada Bishop Jr."));
        assertEquals(List.of("PERSON:King"), repaired("King scored twice.", PERSON, "King"));
    }

    @Test
    void whatStoodBeforeATitleIsKeptWhenNamedElsewhere() {
        String text = "Former Veldorian Republic President Ana Mirel met officials. The Veldorian Republic said so.";
        assertEquals(List.of("LOCATION:Veldorian Republic", "PERSON:Ana Mirel", "LOCATION:Veldorian Republic"),
                repaired(text, PERSON, "Former Veldorian Republic President Ana Mirel", LOCATION, "Veldorian Republic said"
                        .replace(" said", "")));
        assertEquals(List.of("PERSON:Dan Oster"), repaired("Army Secretary Dan Oster spoke.", PERSON, "Army Secretary Dan Oster"));
    }

    @Test
    void headlineWordsGluedInFrontAreDropped() {
        assertEquals(List.of("PERSON:Ostrander"), repaired("Does Ostrander matter?", PERSON, "Does Ostrander"));
        assertEquals(List.of("LOCATION:Karsk"), repaired("Why Karsk Votes Today", LOCATION, "Why Karsk"));
        // "Will" is also a given name: only removed when the rest is named on its own elsewhere.
        assertEquals(List.of("PERSON:Ostrander", "PERSON:Ostrander"),
                repaired("Will Ostrander quit? Ostrander says no.", PERSON, "Will Ostrander", PERSON, "Ostrander"));
        assertEquals(List.of("PERSON:Will Ostrander"), repaired("Will Ostrander quit the band.", PERSON, "Will Ostrander"));
    }

    @Test
    void spansNeverCrossALineBreak() {
        assertEquals(List.of("LOCATION:Port Halvern", "LOCATION:Mira Tal"),
                repaired("Port Halvern\nMira Tal reports", LOCATION, "Port Halvern\nMira Tal"));
    }

    @Test
    void pronounsAndNationalityWordsAreNotEntities() {
        assertEquals(List.of(), repaired("He left.", PERSON, "He"));
        assertEquals(List.of(), repaired("Norwegians voted.", MISC, "Norwegians"));
        assertEquals(List.of(), repaired("The Russian side", LOCATION, "Russian"));
        assertEquals(List.of("ORGANIZATION:Norwegian Sailing Federation"),
                repaired("the Norwegian Sailing Federation", ORGANIZATION, "Norwegian Sailing Federation"));
    }

    @Test
    void lowercaseTheAndEdgePunctuationComeOff() {
        assertEquals(List.of("ORGANIZATION:Orvane Institute"), repaired("at the Orvane Institute.", ORGANIZATION, "the Orvane Institute"));
        assertEquals(List.of("ORGANIZATION:The Daily Lantern"), repaired("in The Daily Lantern", ORGANIZATION, "The Daily Lantern"));
        assertEquals(List.of("PERSON:Ola Bern"), repaired("(\"Ola Bern\")", PERSON, "(\"Ola Bern\")"));
        assertEquals(List.of("ORGANIZATION:Rovers (K)"), repaired("Rovers (K) 2", ORGANIZATION, "Rovers (K)"));
    }

    @Test
    void hyphenatedCompoundsAndTails() {
        String text = "Veldoria-Karsk talks began. Veldoria and Karsk agreed.";
        int v = text.indexOf("Veldoria and");
        int k = text.indexOf("Karsk agreed");
        List<NerSpan> spans = List.of(new NerSpan(LOCATION, 0, 14), new NerSpan(LOCATION, v, v + 8), new NerSpan(LOCATION, k, k + 5));
        List<String> out = new ArrayList<>();
        for (NerSpan s : SpanRepair.repair(text, spans)) {
            out.add(s.type() + ":" + text.substring(s.start(), s.end()));
        }
        assertEquals(List.of("LOCATION:Veldoria", "LOCATION:Karsk", "LOCATION:Veldoria", "LOCATION:Karsk"), out);
        assertEquals(List.of("LOCATION:U.S."), repaired("the U.S.-led talks", MISC, "U.S.-led"));
        assertEquals(List.of("ORGANIZATION:Tarn"), repaired("a Tarn-backed plan", ORGANIZATION, "Tarn-backed"));
        // Hyphenated given names keep their lower-case part.
        assertEquals(List.of("PERSON:Park Ji-won"), repaired("Park Ji-won won.", PERSON, "Park Ji-won"));
        // A hyphenated name whose parts are not named alone stays whole.
        assertEquals(List.of("LOCATION:Ober-Tarnau"), repaired("in Ober-Tarnau", LOCATION, "Ober-Tarnau"));
    }

    @Test
    void seatsOfPowerActingAreOrganisations() {
        assertEquals(List.of("ORGANIZATION:Citadel"), repaired("the Citadel said on Monday", LOCATION, "Citadel"));
        assertEquals(List.of("ORGANIZATION:Tarnhall"), repaired("a Tarnhall spokesman said", LOCATION, "Tarnhall"));
        assertEquals(List.of("LOCATION:Netherlands"), repaired("the Netherlands said", LOCATION, "Netherlands"));
        assertEquals(List.of("LOCATION:Citadel"), repaired("tourists visit the Citadel every day", LOCATION, "Citadel"));
    }

    @Test
    void theEndOfATitleIsNotAnEntity() {
        assertEquals(List.of("PERSON:Lena Oduya"),
                repaired("Secretary of State Lena Oduya", ORGANIZATION, "State", PERSON, "Lena Oduya"));
    }

    @Test
    void namesJoinedByAndAreSplitWhenBothStandAlone() {
        String t = "Harlow Bank and Tessel Trust rose. Harlow Bank gained most. Tessel Trust fell later.";
        assertEquals(List.of("ORGANIZATION:Harlow Bank", "ORGANIZATION:Tessel Trust", "ORGANIZATION:Harlow Bank",
                        "ORGANIZATION:Tessel Trust"),
                repaired(t, ORGANIZATION, "Harlow Bank and Tessel Trust", ORGANIZATION, "Harlow Bank", ORGANIZATION, "Tessel Trust"));
        String one = "Harlow Bank and Tessel Trust rose. Harlow Bank gained most.";
        assertEquals(List.of("ORGANIZATION:Harlow Bank and Tessel Trust", "ORGANIZATION:Harlow Bank"),
                repaired(one, ORGANIZATION, "Harlow Bank and Tessel Trust", ORGANIZATION, "Harlow Bank"));
        String amp = "Dunmore & Pike won. Dunmore said so, and Pike agreed.";
        assertEquals("ORGANIZATION:Dunmore & Pike",
                repaired(amp, ORGANIZATION, "Dunmore & Pike", PERSON, "Dunmore", PERSON, "Pike").get(0));
    }

    @Test
    void aFirmNamedInThePossessiveKeepsItsEnding() {
        String t = "Ledbury's Foods Inc rose. Ledbury's was sold. Ledbury's shares rose.";
        assertEquals(List.of("ORGANIZATION:Ledbury's Foods Inc", "ORGANIZATION:Ledbury's", "ORGANIZATION:Ledbury's"),
                repaired(t, ORGANIZATION, "Ledbury's Foods Inc", PERSON, "Ledbury", ORGANIZATION, "Ledbury"));
        String person = "Anna Ledbury spoke. Ledbury's plan was sold.";
        assertEquals(List.of("PERSON:Anna Ledbury", "PERSON:Ledbury"),
                repaired(person, PERSON, "Anna Ledbury", PERSON, "Ledbury"));
    }
}
