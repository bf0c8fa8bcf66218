package dev.newsstream.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.model.Entity;
import dev.newsstream.model.EntityType;
import dev.newsstream.model.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** With the real CoreNLP engine: offsets, robustness, determinism under threads. */
class CoreNlpRecognizerTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(CoreNlpRecognizer.shared());

    private static String fixture(String name) throws IOException {
        try (InputStream in = CoreNlpRecognizerTest.class.getResourceAsStream("/fixtures/entities/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Documents as [title, text]: the fixtures with and without a title, and random strings. */
    private static List<String[]> documents() throws IOException {
        List<String[]> docs = new ArrayList<>();
        for (String f : List.of("harbour-strike.txt", "summit.txt")) {
            String all = fixture(f);
            int nl = all.indexOf('\n');
            docs.add(new String[] {all.substring(0, nl), all.substring(nl + 1)});
            docs.add(new String[] {null, all});
        }
        Random random = new Random(42);
        String[] pool = {"Okafor", "Lina", "Mr.", "President", "'s", "’s", "U.S.", "-", "Will", "the", "Bank", "of",
            "Tarvia", "said", "é", "😀", "\"", "(", ")", "KARSK", ".", "Ngozi", "Halvern", "Secretary", "US", "EU",
            "European", "Union", "He", "Norwegian", "McArdle", "O'Brien", "São", "Paulo", "\t", "", "’"};
        String[] gaps = {" ", " ", " ", "", "\n", "\n\n", "  "};
        for (int d = 0; d < 60; d++) {
            StringBuilder title = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                title.append(pool[random.nextInt(pool.length)]).append(" ");
            }
            for (int i = random.nextInt(120); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            docs.add(new String[] {random.nextBoolean() ? title.toString() : null, text.toString()});
        }
        return docs;
    }

    @Test
    void everyMentionIsTheSubstringAtItsOffsets() throws IOException {
        int mentions = 0;
        for (String[] doc : documents()) {
            for (Entity e : EXTRACTOR.extract(doc[0], doc[1])) {
                assertTrue(e.salience() >= 0 && e.salience() <= 1);
                assertFalse(e.name().isBlank());
                for (Mention m : e.mentions()) {
                    String source = m.inTitle() ? doc[0] : doc[1];
                    assertEquals(m.text(), source.substring(m.start(), m.end()), e.toString());
                    assertFalse(m.text().contains("\n"));
                    mentions++;
                }
            }
        }
        assertTrue(mentions > 50, "the property was checked on real mentions: " + mentions);
    }

    @Test
    void findsPeopleInTitleAndTextWithoutTheirTitles() throws IOException {
        String all = fixture("harbour-strike.txt");
        int nl = all.indexOf('\n');
        List<Entity> es = EXTRACTOR.extract(all.substring(0, nl), all.substring(nl + 1));
        Entity okonkwo = es.stream().filter(e -> e.name().equals("Adaeze Okonkwo")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, okonkwo.type());
        assertTrue(okonkwo.mentions().stream().anyMatch(Mention::inTitle));
        assertEquals(okonkwo, es.get(0), "the headline's subject leads");
        assertTrue(es.stream().noneMatch(e -> e.name().startsWith("Will ") || e.name().contains("chairwoman")));
        assertTrue(es.stream().noneMatch(e -> e.name().equals("Norwegian") || e.name().equals("Danish")));
        assertTrue(es.stream().anyMatch(e -> e.name().equals("Coastal Dockworkers Union")
                && e.mentions().stream().anyMatch(m -> m.text().equals("CDU"))));
    }

    @Test
    void sameOutputWhateverTheThreadsAndOrder() throws Exception {
        List<String[]> docs = documents();
        List<List<Entity>> expected = new ArrayList<>();
        for (String[] d : docs) {
            expected.add(EXTRACTOR.extract(d[0], d[1]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                final long seed = t;
                runs.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < docs.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    for (int i : order) {
                        if (!EXTRACTOR.extract(docs.get(i)[0], docs.get(i)[1]).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : runs) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sharedInstanceIsLoadedOnce() {
        assertTrue(CoreNlpRecognizer.shared() == CoreNlpRecognizer.shared());
        assertEquals(List.of(), CoreNlpRecognizer.shared().recognize("   \n "));
    }
}
