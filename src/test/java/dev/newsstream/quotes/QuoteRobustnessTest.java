package dev.newsstream.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import dev.newsstream.model.Quote;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Offsets and time bounds on hostile input. */
class QuoteRobustnessTest {
    private static final QuoteExtractor QX = new QuoteExtractor();
    private static final String[] PIECES = {"\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "''", " ", "\n", "\n\n",
        "said", "Varden", "he", ",", ".", ":", "the mayor", "according to", "rock 'n' roll", "'90s", "don't",
        "Okafor's", "(D-Ore.)", "\u2015", "told reporters", "x", "\u00e9t\u00e9", "\uD83D\uDE00"};

    private static String random(Random r, int parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void quoteTextAlwaysEqualsItsSubstring() {
        Random r = new Random(42);
        for (int n = 0; n < 3000; n++) {
            String title = r.nextBoolean() ? random(r, 8) : null;
            String text = random(r, 5 + r.nextInt(120));
            List<Entity> ents = n % 2 == 0 ? List.of()
                    : List.of(new Entity(EntityType.PERSON, "Ilse Varden",
                            List.of(new Mention("x", 0, Math.min(3, text.length()), false),
                                    new Mention("bad", 5, 2, false), new Mention("far", 10, 100000, false)), 0.5));
            List<Quote> qs = QX.extract(title, text, ents);
            for (Quote q : qs) {
                String src = q.inTitle() ? title : text;
                assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= src.length(), q::toString);
                assertEquals(q.text(), src.substring(q.start(), q.end()));
                assertTrue(!q.text().isBlank());
            }
            for (int i = 1; i < qs.size(); i++) {
                Quote a = qs.get(i - 1);
                Quote b = qs.get(i);
                assertTrue(a.inTitle() != b.inTitle() || a.end() <= b.start(), "reading order, no overlap");
            }
        }
    }

    @Test
    void oneMegabyteOfUnbalancedMarksFinishesFast() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        String[] marks = {"\u201C", "\"", "'", "\u2018", "''", "\u201D"};
        while (sb.length() < 1_000_000) {
            sb.append(marks[r.nextInt(marks.length)]).append("word said he ");
            if (r.nextInt(50) == 0) {
                sb.append("\n\n");
            }
        }
        String one = sb.toString();
        String noBreaks = one.replace('\n', ' ');
        String onlyOpeners = "\u201C".repeat(200_000) + "said he " + "\"a ".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            QX.extract(null, one, List.of());
            QX.extract(null, noBreaks, List.of());
            QX.extract(null, onlyOpeners, List.of());
        });
    }

    @Test
    void manyParagraphsOpeningWithoutClosingStayLinear() {
        String para = "\"Speaker one: the same transcript line again without a closing mark\n\n";
        String text = para.repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertTrue(QX.extract(null, text, List.of()).isEmpty()));
    }
}
