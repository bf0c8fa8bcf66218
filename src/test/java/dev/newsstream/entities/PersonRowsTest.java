package dev.newsstream.entities;

import static dev.newsstream.model.EntityType.LOCATION;
import static dev.newsstream.model.EntityType.ORGANIZATION;
import static dev.newsstream.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsstream.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRowsTest {

    private static EntityType typed(String text, EntityType type, String surface) {
        int at = text.indexOf(surface);
        List<NerSpan> out = PersonRows.apply(text, List.of(new NerSpan(type, at, at + surface.length())));
        assertEquals(at, out.get(0).start());
        return out.get(0).type();
    }

    @Test
    void aRankedEntryWithACountryInBracketsIsAPerson() {
        assertEquals(PERSON, typed("Women's 3,000 metres:\n2. Tomas Vellovic (Norland) 1:46.93\n", ORGANIZATION, "Tomas Vellovic"));
        assertEquals(PERSON, typed("1. Ada Kerrow (Valder), Marlow Racing, 55.108", ORGANIZATION, "Ada Kerrow"));
    }

    @Test
    void aNumberedLineUpEntryIsAPerson() {
        assertEquals(PERSON, typed("Kestova: 1 - Jan Oster, 5 - Piet Vandrell, 7- Ole Mast", ORGANIZATION, "Piet Vandrell"));
        assertEquals(PERSON, typed("9 - Ole Mast (14 - Piet Vandrell 60th)", LOCATION, "Piet Vandrell"));
    }

    @Test
    void aBylineBeforeTheDatelineIsAPerson() {
        assertEquals(PERSON, typed("Ferry strike ends.\n\nMara Quillon\n\nPORT VALDER 2031-04-02\n\nThe strike ended.",
                ORGANIZATION, "Mara Quillon"));
    }

    @Test
    void institutionsAndOtherPlacesKeepTheirType() {
        assertEquals(ORGANIZATION, typed("1. Kestova Rowing Club (Norland) 5:40.1", ORGANIZATION, "Kestova Rowing Club"));
        assertEquals(ORGANIZATION, typed("2. Marlow Racing (Valder) 12 points", ORGANIZATION, "Marlow"));
        assertEquals(ORGANIZATION, typed("He met Tomas Vellovic (Norland) on Friday.", ORGANIZATION, "Tomas Vellovic"));
        assertEquals(ORGANIZATION, typed("Ferry strike ends.\n\nMara Quillon said the strike ended.", ORGANIZATION, "Mara Quillon"));
    }
}
