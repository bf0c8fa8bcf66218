package dev.newsstream.entities;

import static dev.newsstream.model.EntityType.LOCATION;
import static dev.newsstream.model.EntityType.ORGANIZATION;
import static dev.newsstream.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void surnameAndTitledFormsJoinTheFullName() {
        String text = "Mayor Lucia Ferrante opened the bridge. Ferrante said it was overdue.\n\n"
                + "Later, Mayor Ferrante thanked the builders.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(PERSON, "Mayor Lucia Ferrante", "Ferrante", "Mayor Ferrante")).extract(null, text);
        assertEquals(1, es.size());
        assertEquals("Lucia Ferrante", es.get(0).name());
        assertEquals(PERSON, es.get(0).type());
        assertEquals(List.of("Lucia Ferrante", "Ferrante", "Ferrante"), texts(es.get(0)));
    }

    @Test
    void twoPeopleWithOneSurnameKeepTheSurnameApart() {
        String text = "Ana Ferrante and Marco Ferrante disagreed. Ferrante left.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(PERSON, "Ana Ferrante", "Marco Ferrante", "Ferrante")).extract(null, text);
        assertEquals(3, es.size());
    }

    @Test
    void aClubCalledByTheLastWordOfItsNameIsThatClub() {
        String text = "Harwick Rovers agreed a stadium deal. Rovers will pay for the stand.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(ORGANIZATION, "Harwick Rovers", "Rovers")).extract(null, text);
        assertEquals(1, es.size());
        assertEquals("Harwick Rovers", es.get(0).name());
        assertEquals(List.of("Harwick Rovers", "Rovers"), texts(es.get(0)));
        String two = "Harwick United beat Dunmore United. United fans sang.";
        List<Entity> apart = new EntityExtractor(new ScriptedRecognizer()
                .tag(ORGANIZATION, "Harwick United", "Dunmore United", "United")).extract(null, two);
        assertEquals(3, apart.size(), "with two clubs of that word the short form is ambiguous");
        String house = "The White House said the House would vote.";
        List<Entity> bodies = new EntityExtractor(new ScriptedRecognizer()
                .tag(ORGANIZATION, "White House", "House")).extract(null, house);
        assertEquals(2, bodies.size(), "an institution's head noun alone is not a short form");
    }

    @Test
    void acronymsJoinTheirLongForm() {
        String text = "The Baltic Fisheries Council met. The BFC later voted, and the Council of Ports (CoP) abstained.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(ORGANIZATION, "Baltic Fisheries Council", "BFC")).extract(null, text);
        assertEquals(1, es.size());
        assertEquals("Baltic Fisheries Council", es.get(0).name());
        assertEquals(List.of("Baltic Fisheries Council", "BFC"), texts(es.get(0)));
    }

    @Test
    void unitedStatesFormsAreOneEntity() {
        String text = "U.S. officials came. The United States said the US would stay.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(LOCATION, "U.S.", "United States", "US")).extract(null, text);
        assertEquals(1, es.size());
        assertEquals("United States", es.get(0).name());
        assertEquals(3, es.get(0).mentions().size());
    }

    @Test
    void caseAndSpellingVariantsCluster() {
        String text = "HORVANDEL\n\nOleksiy Horvandell arrived. Horvandel spoke. Horvandell left.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(PERSON, "Oleksiy Horvandell", "Horvandel", "Horvandell", "HORVANDEL")).extract(null, text);
        assertEquals(1, es.size());
        assertEquals("Oleksiy Horvandell", es.get(0).name());
        assertEquals(4, es.get(0).mentions().size());
    }

    /** An engine that gives the n-th occurrences of {@code name} the listed types, in order. */
    private static EntityRecognizer typedOccurrences(String name, EntityType... types) {
        return t -> {
            List<NerSpan> out = new java.util.ArrayList<>();
            int at = t.indexOf(name);
            for (EntityType type : types) {
                out.add(new NerSpan(type, at, at + name.length()));
                at = t.indexOf(name, at + 1);
            }
            return out;
        };
    }

    @Test
    void typeIsTheMajorityOfTheMentions() {
        String text = "Tarnwick beat Ulm. Tarnwick lost. Tarnwick drew. Tarnwick fans sang.";
        List<Entity> es = new EntityExtractor(typedOccurrences("Tarnwick", ORGANIZATION, ORGANIZATION, LOCATION, ORGANIZATION))
                .extract(null, text);
        assertEquals(1, es.size());
        assertEquals(ORGANIZATION, es.get(0).type());
        assertEquals(4, es.get(0).mentions().size());
    }

    @Test
    void aNameUsedOftenWithTwoTypesIsTwoEntities() {
        String text = "Orlen 3 Brask 2. Orlen 1 Kavo 0. Orlen 2 Brask 2. Rain fell in Orlen. Fans left Orlen.";
        List<Entity> es = new EntityExtractor(typedOccurrences("Orlen", ORGANIZATION, ORGANIZATION, ORGANIZATION, LOCATION, LOCATION))
                .extract(null, text);
        assertEquals(2, es.size());
        assertEquals(java.util.Set.of(ORGANIZATION, LOCATION), java.util.Set.of(es.get(0).type(), es.get(1).type()));
    }

    @Test
    void aStrayPersonReadingOfAPlaceIsOutvoted() {
        String text = "Talks in Varnholm stalled. Varnholm and Karsk disagree. Varnholm hosted them.";
        List<Entity> es = new EntityExtractor(typedOccurrences("Varnholm", LOCATION, PERSON, LOCATION)).extract(null, text);
        assertEquals(1, es.size());
        assertEquals(LOCATION, es.get(0).type());
        assertEquals(3, es.get(0).mentions().size());
    }

    @Test
    void aSurnameTheEngineTypedAsAPlaceBelongsToThePerson() {
        String text = "Tessa Marlow won in straight sets. Marlow served well.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(PERSON, "Tessa Marlow").tag(LOCATION, "Marlow")).extract(null, text);
        assertEquals(1, es.size());
        assertEquals(PERSON, es.get(0).type());
    }

    @Test
    void canonicalNameDropsALowercaseTheButKeepsACapitalOne() {
        String text = "the Orvane Institute and The Daily Lantern";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(ORGANIZATION, "the Orvane Institute", "The Daily Lantern")).extract(null, text);
        assertTrue(named(es, "Orvane Institute").isPresent());
        assertTrue(named(es, "The Daily Lantern").isPresent());
    }

    @Test
    void repeatsOfARecognisedNameBecomeMentions() {
        String text = "Kestrel Mining fell. Analysts said Kestrel Mining would recover.";
        // The engine tags only the first occurrence; the second is the same name.
        EntityRecognizer firstOnly = t -> List.of(new NerSpan(ORGANIZATION, 0, "Kestrel Mining".length()));
        List<Entity> es = new EntityExtractor(firstOnly).extract(null, text);
        assertEquals(1, es.size());
        assertEquals(2, es.get(0).mentions().size());
        assertEquals("Kestrel Mining", text.substring(es.get(0).mentions().get(1).start(), es.get(0).mentions().get(1).end()));
    }

    @Test
    void titleMentionsAreFlaggedWithTitleOffsets() {
        String title = "Ferrante Opens Bridge";
        String text = "Lucia Ferrante opened the bridge in Port Halvern.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(PERSON, "Lucia Ferrante", "Ferrante").tag(LOCATION, "Port Halvern")).extract(title, text);
        Entity f = named(es, "Lucia Ferrante").orElseThrow();
        Mention inTitle = f.mentions().get(0);
        assertTrue(inTitle.inTitle());
        assertEquals("Ferrante", title.substring(inTitle.start(), inTitle.end()));
        Mention inText = f.mentions().get(1);
        assertTrue(!inText.inTitle());
        assertEquals("Lucia Ferrante", text.substring(inText.start(), inText.end()));
        assertEquals(f, es.get(0), "the headline's subject is the most salient");
    }

    @Test
    void salienceIsInRangeAndSortedDescending() {
        String title = "Ferrante Opens Bridge";
        String text = "Lucia Ferrante opened the bridge in Port Halvern.\n\nLater, guests from Rostmouth and Karsk came. "
                + "Karsk sent a band.";
        List<Entity> es = new EntityExtractor(new ScriptedRecognizer()
                .tag(PERSON, "Lucia Ferrante", "Ferrante").tag(LOCATION, "Port Halvern", "Rostmouth", "Karsk"))
                .extract(title, text);
        for (int i = 0; i < es.size(); i++) {
            assertTrue(es.get(i).salience() >= 0 && es.get(i).salience() <= 1);
            if (i > 0) {
                assertTrue(es.get(i - 1).salience() >= es.get(i).salience());
            }
        }
        double lead = named(es, "Port Halvern").orElseThrow().salience();
        double later = named(es, "Rostmouth").orElseThrow().salience();
        assertTrue(lead > later, "a lead mention outweighs a later one");
        assertTrue(named(es, "Karsk").orElseThrow().salience() > later, "two mentions outweigh one");
    }

    @Test
    void neverThrows() {
        EntityRecognizer broken = t -> {
            throw new IllegalStateException("engine down");
        };
        assertEquals(List.of(), new EntityExtractor(broken).extract("t", "x"));
        EntityRecognizer outOfRange = t -> List.of(new NerSpan(EntityType.PERSON, -3, 900), new NerSpan(PERSON, 2, 1));
        assertEquals(List.of(), new EntityExtractor(outOfRange).extract(null, "abc"));
        assertEquals(List.of(), new EntityExtractor(new ScriptedRecognizer()).extract(null, null));
    }
}
