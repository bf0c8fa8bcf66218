package dev.newsstream.entities;

import static dev.newsstream.model.EntityType.LOCATION;
import static dev.newsstream.model.EntityType.MISC;
import static dev.newsstream.model.EntityType.ORGANIZATION;
import static dev.newsstream.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.EntityType;
import org.junit.jupiter.api.Test;

class ContextTypingTest {

    /** The type given to the first occurrence of surface in text, tagged as type. */
    private static EntityType typed(String text, EntityType type, String surface) {
        int at = text.indexOf(surface);
        NerSpan s = ContextTyping.retype(text, new NerSpan(type, at, at + surface.length()));
        assertEquals(at, s.start());
        assertEquals(at + surface.length(), s.end());
        return s.type();
    }

    @Test
    void aDatelinePlaceIsALocation() {
        assertEquals(LOCATION, typed("Ferry strike ends.\nPORT VALDER 2031-04-02\nThe strike ended.", ORGANIZATION, "PORT VALDER"));
        assertEquals(LOCATION, typed("KESTOVA, Norland 2031-04-02\nThe strike ended.", ORGANIZATION, "KESTOVA"));
        assertEquals(LOCATION, typed("KESTOVA, Norland, March 3 (Newswire) - The strike ended.", PERSON, "KESTOVA"));
        assertEquals(LOCATION, typed("KESTOVA (Newswire) - The strike ended.", ORGANIZATION, "KESTOVA"));
    }

    @Test
    void aNameOpeningAnOrdinaryLineKeepsItsType() {
        assertEquals(ORGANIZATION, typed("Kestova Mills 2031 results were late.", ORGANIZATION, "Kestova Mills"));
        assertEquals(ORGANIZATION, typed("Talks began.\nKestova Mills said on Friday it would close.", ORGANIZATION, "Kestova Mills"));
        assertEquals(ORGANIZATION, typed("He met them in Kestova 2031-04-02.", ORGANIZATION, "Kestova"));
        assertFalse(ContextTyping.isDateline("He met them in Kestova 2031-04-02.", new NerSpan(LOCATION, 16, 23)));
    }

    @Test
    void aNaturalFeatureIsAPlaceWhateverTheEngineGuessed() {
        assertEquals(LOCATION, typed("Fires spread across the Kestova Valley overnight.", PERSON, "Kestova Valley"));
        assertEquals(LOCATION, typed("Ferries to the Valder Islands were cancelled.", ORGANIZATION, "Valder Islands"));
        assertEquals(MISC, typed("The Valder Islands Regatta starts today.", MISC, "Valder Islands Regatta"));
    }

    @Test
    void aNameThatPeopleAndFirmsShareWithPlacesIsAPlaceOnlyAfterAPrepositionOfPlace() {
        assertEquals(LOCATION, typed("Flood water rose in the River Orrin overnight.", ORGANIZATION, "River Orrin"));
        assertEquals(LOCATION, typed("Crowds gathered in Valder Square.", ORGANIZATION, "Valder Square"));
        assertEquals(LOCATION, typed("Two boats sank off Orrin Bay.", PERSON, "Orrin Bay"));
        assertEquals(ORGANIZATION, typed("Shares of Valder Street rose.", ORGANIZATION, "Valder Street"), "a firm named after its address");
        assertEquals(ORGANIZATION, typed("Mount Orrin said it would open a clinic.", ORGANIZATION, "Mount Orrin"), "a hospital named after its hill");
        assertEquals(PERSON, typed("The presenter Tessa Lake said so.", PERSON, "Tessa Lake"), "people are named Lake too");
        assertEquals(ORGANIZATION, typed("He works at Valder Street, the custody bank.", ORGANIZATION, "Valder Street"),
                "\"at\" takes firms too");
        assertEquals(ORGANIZATION, typed("Mount Orrin Hospital said two climbers were treated.", ORGANIZATION, "Mount Orrin Hospital"),
                "a feature's name opening a longer name names something else");
        assertEquals(ORGANIZATION, typed("Kestova Bay beat Port Valder 2-0 on Sunday.", ORGANIZATION, "Kestova Bay"),
                "a side in a result is still a club");
    }

    @Test
    void aPlaceOnEitherSideOfAResultIsAClub() {
        assertEquals(ORGANIZATION, typed("Port Valder beat Kestova 3-1 on Sunday.", LOCATION, "Port Valder"));
        assertEquals(ORGANIZATION, typed("Port Valder beat Kestova 3-1 on Sunday.", LOCATION, "Kestova"));
        assertEquals(ORGANIZATION, typed("It was their first victory over Kestova this season.", LOCATION, "Kestova"));
        assertEquals(ORGANIZATION, typed("Their lead over Kestova grew to six.", LOCATION, "Kestova"));
        assertEquals(ORGANIZATION, typed("Kestova lost to the champions.", LOCATION, "Kestova"));
        assertEquals(ORGANIZATION, typed("The Kestova striker scored twice.", LOCATION, "Kestova"));
        assertEquals(ORGANIZATION, typed("He was coach of Kestova for two years.", LOCATION, "Kestova"));
    }

    @Test
    void aCountrySideStaysAPlace() {
        assertEquals(LOCATION, typed("Portugal beat Kestova 2-0.", ORGANIZATION, "Portugal"));
        assertEquals(LOCATION, typed("FIJI BEAT SAMOA IN QUALIFIER.", ORGANIZATION, "SAMOA"));
        assertEquals(LOCATION, typed("The Republic of Ireland drew with Kestova.", ORGANIZATION, "Republic of Ireland"));
        assertTrue(ContextTyping.isCountry("republic of korea"));
        assertFalse(ContextTyping.isCountry("kestova"));
    }

    @Test
    void aPlaceAwayFromResultWordsStaysAPlace() {
        assertEquals(LOCATION, typed("Talks in Kestova ended on Friday.", LOCATION, "Kestova"));
        assertEquals(LOCATION, typed("Floods beat records in Kestova, officials said.", LOCATION, "Kestova"));
        assertEquals(LOCATION, typed("Kestova, lost in fog, was quiet.", LOCATION, "Kestova"));
        assertEquals(LOCATION, typed("Kestova lost 10,000 jobs last year.", LOCATION, "Kestova"));
        assertEquals(PERSON, typed("Ana Ruel beat Ida Moss 6-2 6-1.", PERSON, "Ida Moss"));
    }

    @Test
    void aSettlementNounBeforeOfNamesAPlace() {
        assertEquals(LOCATION, typed("Police in the northern town of Kestova said.", ORGANIZATION, "Kestova"));
        assertEquals(LOCATION, typed("He lived in the province of Norland.", PERSON, "Norland"));
        assertEquals(ORGANIZATION, typed("He is the chairman of Kestova.", ORGANIZATION, "Kestova"));
    }

    @Test
    void aSceneOpeningASentenceIsAPlace() {
        assertEquals(LOCATION, typed("In Kestova, police said the strike ended.", ORGANIZATION, "Kestova"));
        assertEquals(LOCATION, typed("It rained. In Kestova, police said so.", ORGANIZATION, "Kestova"));
        assertEquals(ORGANIZATION, typed("Jobs In Kestova, a charity, said so.", ORGANIZATION, "Kestova"));
        assertEquals(ORGANIZATION, typed("In Kestova Mills' view, prices rose.", ORGANIZATION, "Kestova Mills"));
    }
}
