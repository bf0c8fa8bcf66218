package dev.newsstream.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import dev.newsstream.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two attribution rules: a quote takes the cue found later in its own sentence before any
 * continuation, and he/she prefer the subject of the sentence before. Fixtures are invented.
 */
class SentenceAndPronounRulesTest {
    private static final QuoteExtractor QX = new QuoteExtractor();

    private static Entity person(String text, String name, String... forms) {
        List<Mention> ms = new ArrayList<>();
        for (String form : forms) {
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                ms.add(new Mention(form, i, i + form.length(), false));
            }
        }
        return new Entity(EntityType.PERSON, name, ms, 0.5);
    }

    private static Quote find(List<Quote> qs, String start) {
        for (Quote q : qs) {
            if (q.text().startsWith(start)) {
                return q;
            }
        }
        throw new AssertionError("no quote starting " + start + " in " + qs);
    }

    @Test
    void firstOfTwoQuotesTakesTheCueAfterTheSecond() {
        String text = "“The harbour toll is unfair to small boats,” Odile Marsk said on Monday.\n\n"
                + "“Closing the north pier for a whole season” is one of the guild’s “lines it will not cross,” "
                + "the Westvale Gazette reported, but the council has not replied.";
        List<Quote> qs = QX.extract(null, text, List.of());
        assertEquals("Odile Marsk", find(qs, "The harbour toll").speaker());
        assertEquals("Westvale Gazette", find(qs, "Closing the north pier").speaker());
        assertEquals("Westvale Gazette", find(qs, "lines it will not cross").speaker());
    }

    @Test
    void laterCueDoesNotReachAcrossASentenceEnd() {
        String text = "“We will rebuild the mill by spring,” Odile Marsk said.\n\n"
                + "“Every worker keeps a job until then.” The owners, in a letter, called it “a promise we mean to keep,” "
                + "Renzo Albi wrote.";
        List<Quote> qs = QX.extract(null, text, List.of());
        assertEquals("Odile Marsk", find(qs, "Every worker keeps").speaker());
    }

    @Test
    void quoteWithItsOwnCueKeepsIt() {
        String text = "“The bridge is safe,” Odile Marsk said, and “the inspectors agree with us,” Renzo Albi added.";
        List<Quote> qs = QX.extract(null, text, List.of());
        assertEquals("Odile Marsk", find(qs, "The bridge is safe").speaker());
        assertEquals("Renzo Albi", find(qs, "the inspectors agree").speaker());
    }

    @Test
    void pronounTakesThePreviousSubjectNotTheNameAfterAPreposition() {
        String text = "Halvard Quist, a senior adviser to Mirela Dunn, told reporters that the plan was ready. "
                + "He stated that “the vote will come before the summer recess.”";
        List<Entity> ents = List.of(person(text, "Halvard Quist", "Halvard Quist"),
                person(text, "Mirela Dunn", "Mirela Dunn"));
        List<Quote> qs = QX.extract(null, text, ents);
        assertEquals("Halvard Quist", find(qs, "the vote will come").speaker());
    }

    @Test
    void pronounSkipsASubjectOfTheOtherGender() {
        String text = "Ms. Mirela Dunn met Halvard Quist at the depot. Mirela Dunn, joined by Halvard Quist, toured the yard. "
                + "He said: “The yard needs a new crane before winter.”";
        List<Entity> ents = List.of(person(text, "Halvard Quist", "Halvard Quist"),
                person(text, "Mirela Dunn", "Mirela Dunn"));
        List<Quote> qs = QX.extract(null, text, ents);
        assertEquals("Halvard Quist", find(qs, "The yard needs").speaker());
    }

    @Test
    void pronounWithoutEntitiesUsesTheRememberedSubject() {
        String text = "Halvard Quist, a senior adviser to Mirela Dunn, told reporters that the plan was ready. "
                + "He stated that “the vote will come before the summer recess.”";
        List<Quote> qs = QX.extract(null, text, List.of());
        assertEquals("Halvard Quist", find(qs, "the vote will come").speaker());
    }

    @Test
    void subjectOfTheSameSentenceComesFirst() {
        String text = "Halvard Quist spoke at the depot on Monday. After the tour, Renzo Albi told the crowd that he "
                + "had “never seen a yard in such a state.”";
        List<Entity> ents = List.of(person(text, "Halvard Quist", "Halvard Quist"),
                person(text, "Renzo Albi", "Renzo Albi"));
        List<Quote> qs = QX.extract(null, text, ents);
        assertEquals("Renzo Albi", find(qs, "never seen a yard").speaker());
    }

    @Test
    void subjectAfterAnOpeningPhraseCounts() {
        String text = "Halvard Quist opened the meeting at the depot.\n\n"
                + "During the questions, Ms. Mirela Dunn had a point for the chairman.\n\n"
                + "“My street has waited nine years for a bus stop,” she said.";
        List<Entity> ents = List.of(person(text, "Halvard Quist", "Halvard Quist"),
                person(text, "Mirela Dunn", "Mirela Dunn"));
        List<Quote> qs = QX.extract(null, text, ents);
        assertEquals("Mirela Dunn", find(qs, "My street has waited").speaker());
    }
}
