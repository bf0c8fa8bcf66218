package dev.newsstream.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.clean.CleanConfig;
import dev.newsstream.clean.Cleaner;
import dev.newsstream.dedup.DedupConfig;
import dev.newsstream.dedup.DedupDecision;
import dev.newsstream.dedup.DuplicateIndex;
import dev.newsstream.dedup.MapFingerprintStore;
import dev.newsstream.model.Article;
import dev.newsstream.model.CleanArticle;
import dev.newsstream.model.Outcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
    @Test
    void copiesAreCaughtAsNearDuplicatesOfTheirOriginalAndNothingElseIs() throws Exception {
        ArticleGenerator generator = new ArticleGenerator(Path.of("samples"), 5);
        Cleaner cleaner = new Cleaner(CleanConfig.defaults());
        DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults(), new MapFingerprintStore());
        int copies = 0;
        long bytes = 0;
        for (int i = 0; i < 400; i++) {
            ArticleGenerator.Generated g = generator.next();
            bytes += g.body().length();
            Outcome<CleanArticle> out = cleaner.clean(new Article(g.id(), null, "gen", null, g.body(), g.type(), "en", null, Map.of()));
            CleanArticle clean = ((Outcome.Accepted<CleanArticle>) out).value();
            DedupDecision d = index.check(g.id(), clean.text(), i);
            if (g.copyOf() != null) {
                copies++;
                assertEquals(g.copyOf(), d.originalId(), g.id());
            } else {
                assertTrue(!d.isDuplicate(), g.id() + " is new but was called a duplicate of " + d.originalId());
            }
        }
        assertTrue(bytes / 400 > 4000, "pages of about 5 KB: " + bytes / 400);
        assertTrue(copies > 60 && copies < 140, "about a quarter are copies: " + copies);
    }
}
