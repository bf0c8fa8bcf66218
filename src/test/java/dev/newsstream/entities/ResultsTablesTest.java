package dev.newsstream.entities;

import static dev.newsstream.model.EntityType.LOCATION;
import static dev.newsstream.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsstream.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTablesTest {

    private static List<String> after(String text, Object... typeThenSurface) {
        List<NerSpan> in = new ArrayList<>();
        for (int i = 0; i < typeThenSurface.length; i += 2) {
            String surface = (String) typeThenSurface[i + 1];
            int at = text.indexOf(surface);
            in.add(new NerSpan((EntityType) typeThenSurface[i], at, at + surface.length()));
        }
        List<String> out = new ArrayList<>();
        for (NerSpan s : ResultsTables.apply(text, in)) {
            out.add(s.type().name().substring(0, 3) + ":" + text.substring(s.start(), s.end()));
        }
        return out;
    }

    @Test
    void eachSideOfAResultRowIsAClub() {
        assertEquals(List.of("ORG:Kestova Rovers", "ORG:Port Valder"),
                after("Results:\nKestova Rovers 2 Port Valder 1\n", LOCATION, "Kestova", PERSON, "Valder"));
        assertEquals(List.of("ORG:Marlow", "ORG:Stennick"), after("Marlow 3 Stennick 3 (halftime 1-2)", LOCATION, "Marlow"));
    }

    @Test
    void fixturesAndStandingsRowsNameClubs() {
        assertEquals(List.of("ORG:Ollerby", "ORG:Dunmere Town"), after("Ollerby v Dunmere Town", LOCATION, "Ollerby"));
        assertEquals(List.of("ORG:Dunmere Town"), after("Division one\nDunmere Town 5 2 2 1 8 6 8\n"));
        assertEquals(List.of("ORG:OLLERBY"), after("OLLERBY 66 58 .532 3", LOCATION, "OLLERBY"));
    }

    @Test
    void aCountrysSideIsTheCountry() {
        assertEquals(List.of("LOC:Norway", "ORG:Kestova"), after("Norway 2 Kestova 0", LOCATION, "Norway"));
    }

    @Test
    void playersInALeaderboardStayPeople() {
        assertEquals(List.of("PER:Tomas Vello"), after("Tomas Vello 69 72 70 71", PERSON, "Tomas Vello"));
    }

    @Test
    void proseIsLeftAlone() {
        assertEquals(List.of("LOC:Kestova"), after("Kestova 2 said the rain stopped play on Sunday", LOCATION, "Kestova"));
        assertEquals(List.of("LOC:Kestova"), after("They won in Kestova 2 to 1.", LOCATION, "Kestova"));
    }
}
