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

class OrganisationRulesTest {

    /** "TYPE:surface" for each span after the rules, the engine having tagged the given spans. */
    private static List<String> after(String text, Object... typeThenSurface) {
        List<NerSpan> in = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeThenSurface.length; i += 2) {
            String surface = (String) typeThenSurface[i + 1];
            int at = text.indexOf(surface, from);
            in.add(new NerSpan((EntityType) typeThenSurface[i], at, at + surface.length()));
            from = at + surface.length();
        }
        List<String> out = new ArrayList<>();
        for (NerSpan s : OrganisationRules.apply(text, in)) {
            out.add(s.type().name().substring(0, 3) + ":" + text.substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void anInstitutionRunIntoThePlaceItIsInIsTwoNames() {
        assertEquals(List.of("ORG:National Assembly", "LOC:Varno"),
                after("The National Assembly in Varno voted. Varno is the capital.", ORGANIZATION, "National Assembly in Varno"));
        assertEquals(List.of("ORG:Castlebury University", "LOC:Port Orrin"),
                after("He teaches at Castlebury University in Port Orrin, a town of 9,000. Port Orrin's mayor said so.",
                        ORGANIZATION, "Castlebury University in Port Orrin"));
        assertEquals(List.of("ORG:Valder Parliament in Exile"),
                after("The Valder Parliament in Exile met in a rented hall. The Parliament in Exile has 40 members.",
                        ORGANIZATION, "Valder Parliament in Exile"),
                "what the article names only inside the name is part of it");
        assertEquals(List.of("ORG:Social Party in Congress"),
                after("The Social Party in Congress voted. Congress rose.", ORGANIZATION, "Social Party in Congress"),
                "an institution is no place");
        assertEquals(List.of("ORG:Forum for Trade and Cooperation in Asia"),
                after("The Forum for Trade and Cooperation in Asia met.", ORGANIZATION, "Forum for Trade and Cooperation in Asia"),
                "a name that goes on past a word other than its head noun stays whole");
        assertEquals(List.of("ORG:Society for Women in Science"),
                after("The Society for Women in Science met.", ORGANIZATION, "Society for Women in Science"));
    }

    @Test
    void aLegalFormSuffixMakesACompanyAndJoinsTheName() {
        assertEquals(List.of("ORG:Halvard Brennick Corp"),
                after("Shares of Halvard Brennick Corp rose.", PERSON, "Halvard Brennick"));
        assertEquals(List.of("ORG:Tellow Marsh & Co"),
                after("He joined Tellow Marsh & Co in May.", PERSON, "Tellow Marsh"));
        assertEquals(List.of("ORG:Quarnby Ltd"), after("Quarnby Ltd said so.", LOCATION, "Quarnby Ltd"));
    }

    @Test
    void aSuffixBeforeACapitalisedWordIsNotALegalForm() {
        assertEquals(List.of("LOC:Marrow"), after("The Marrow Co Works Department met.", LOCATION, "Marrow"));
    }

    @Test
    void aSentenceFinalPeriodAfterTheSuffixBelongsToTheSentence() {
        assertEquals(List.of("ORG:Penrick & Co"), after("said an analyst at Penrick & Co.\nShares fell.", ORGANIZATION, "Penrick & Co."));
        assertEquals(List.of("ORG:Penrick & Co"), after("\"It is done,\" said Lo of Penrick & Co. \"", PERSON, "Penrick"));
        assertEquals(List.of("ORG:Penrick & Co."), after("said Lo of Penrick & Co. \"It is done.\"", ORGANIZATION, "Penrick & Co."));
        assertEquals(List.of("ORG:Penrick Inc.", "ORG:Vell Corp."), after("Penrick Inc. and Vell Corp. rose.", ORGANIZATION, "Penrick Inc.", ORGANIZATION, "Vell Corp."));
    }

    @Test
    void theShortFormOfANamedCompanyIsThatCompany() {
        assertEquals(List.of("ORG:Dunmere Castings Inc", "ORG:Dunmere Castings", "ORG:Dunmere"),
                after("Dunmere Castings Inc rose. Dunmere Castings said Dunmere would grow.",
                        ORGANIZATION, "Dunmere Castings Inc", PERSON, "Dunmere Castings", LOCATION, "Dunmere"));
    }

    @Test
    void aDescriptiveCompoundInFrontIsNotPartOfTheName() {
        assertEquals(List.of("ORG:Harlow Mutual Inc."),
                after("Kestova-based Harlow Mutual Inc., a lender, grew.", ORGANIZATION, "Kestova-based Harlow Mutual Inc."));
        assertEquals(List.of("PER:Jean-Luc Ferrand"), after("Jean-Luc Ferrand spoke.", PERSON, "Jean-Luc Ferrand"));
    }

    @Test
    void anInstitutionalHeadMakesAnOrganisation() {
        assertEquals(List.of("ORG:Kestova Grain Exchange"), after("on the Kestova Grain Exchange today", MISC, "Kestova Grain Exchange"));
        assertEquals(List.of("ORG:Society of Marine Painters"), after("the Society of Marine Painters met", MISC, "Society of Marine Painters"));
        assertEquals(List.of("ORG:Porvell University"), after("students at Porvell University said", LOCATION, "Porvell"));
    }

    @Test
    void placesNamedWithAnInstitutionalWordStayPlaces() {
        assertEquals(List.of("LOC:East Bank"), after("villages along the East Bank of the river", LOCATION, "East Bank"));
        assertEquals(List.of("LOC:Norland Federation"), after("a province within the Norland Federation", LOCATION, "Norland Federation"));
    }

    @Test
    void acronymsOfBusinessTermsAreNoNames() {
        assertEquals(List.of(), after("The IPO was priced late.", ORGANIZATION, "IPO"));
        assertEquals(List.of("ORG:Kestova Mills"), after("He said Kestova Mills GDRs fell.", ORGANIZATION, "Kestova Mills GDRs"));
        assertEquals(List.of("ORG:KGSA"), after("the KGSA index", ORGANIZATION, "KGSA"));
    }

    @Test
    void aMonthGluedInFrontIsDropped() {
        assertEquals(List.of("ORG:Valder Institute of Supply"),
                after("the August Valder Institute of Supply index rose", ORGANIZATION, "August Valder Institute of Supply"));
        assertEquals(List.of("ORG:Sunday Courier"), after("The Sunday Courier said", ORGANIZATION, "Sunday Courier"));
    }

    @Test
    void anInstitutionContinuesThroughOfForOrOn() {
        assertEquals(List.of("ORG:Committee on Harbour Safety"),
                after("a report by a Committee on Harbour Safety, a panel", ORGANIZATION, "Committee"));
        assertEquals(List.of("ORG:Central Bank of Norland"),
                after("The Central Bank of Norland said", ORGANIZATION, "Central Bank", LOCATION, "Norland"));
        assertEquals(List.of("ORG:Harbour Council"), after("the Harbour Council on Monday voted", ORGANIZATION, "Harbour Council"));
        assertEquals(List.of("ORG:Council of Norland"), after("a ruling by the Council of Norland.", ORGANIZATION, "Council"));
        assertEquals(List.of("ORG:Institute for Valder Studies"),
                after("the Institute for Valder Studies' report", ORGANIZATION, "Institute"));
        assertEquals(List.of("ORG:Society of St. Ives"), after("backed by the Society of St. Ives.", ORGANIZATION, "Society"));
        assertEquals(List.of("ORG:Relief Fund for U.S."), after("the Relief Fund for U.S. farmers", ORGANIZATION, "Relief Fund"));
    }

    @Test
    void clubNameWordsMakeAClub() {
        assertEquals(List.of("ORG:Sporting Kestova"), after("fans of Sporting Kestova cheered", PERSON, "Sporting Kestova"));
        assertEquals(List.of("ORG:Valder Rovers"), after("a win for Valder Rovers on Sunday", LOCATION, "Valder"));
        assertEquals(List.of("ORG:Marlow Wanderers"), after("Marlow Wanderers lost", LOCATION, "Marlow Wanderers"));
        assertEquals(List.of("LOC:Valder"), after("the Valder rovers' club", LOCATION, "Valder"));
    }
}
