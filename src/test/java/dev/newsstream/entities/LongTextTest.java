package dev.newsstream.entities;

import static dev.newsstream.model.EntityType.LOCATION;
import static dev.newsstream.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsstream.model.Entity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body near the 2 MB input limit, on one line, must not cost quadratic time after the engine. */
class LongTextTest {
    @Test
    void oneHugeLineStaysLinear() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 2_000_000) {
            sb.append("Minister Lena Oduya met Karsk traders and US buyers in Port Halvern. ");
        }
        String text = sb.toString();
        EntityRecognizer engine = new ScriptedRecognizer().tag(PERSON, "Minister Lena Oduya").tag(LOCATION, "Karsk", "Port Halvern");
        List<Entity> es = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new EntityExtractor(engine).extract(null, text));
        assertEquals("Lena Oduya", es.stream().filter(e -> e.type() == PERSON).findFirst().orElseThrow().name());
        assertEquals(4, es.size(), es.stream().map(Entity::name).toList().toString());
    }
}
