package dev.newsstream.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    private final MapFingerprintStore store = new MapFingerprintStore();
    private final DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults(), store);

    private static String fixture(String name) {
        return Fixtures.text("pipeline", name);
    }

    @Test
    void exactCopyPointsAtTheOriginal() {
        assertFalse(index.check("a", fixture("ferry-line-reopens.txt"), 0).isDuplicate());
        DedupDecision d = index.check("b", fixture("ferry-line-reopens-copy.txt"), 1);
        assertEquals("a", d.originalId());
        assertEquals(DedupDecision.Method.EXACT, d.method());
    }

    @Test
    void straightQuotesAndFurnitureStillMakeANearDuplicate() {
        index.check("a", fixture("ferry-line-reopens.txt"), 0);
        DedupDecision d = index.check("b", fixture("ferry-line-reopens-repost.txt"), 1);
        assertEquals("a", d.originalId());
        assertEquals(DedupDecision.Method.NEAR, d.method());
        assertTrue(d.similarity() >= 0.5, "similarity " + d.similarity());
    }

    @Test
    void sameTopicDifferentStoryIsNotADuplicate() {
        index.check("a", fixture("ferry-line-reopens.txt"), 0);
        assertFalse(index.check("b", fixture("orsk-tourism-season.txt"), 1).isDuplicate());
        assertFalse(index.check("c", fixture("grain-prices-fall.txt"), 2).isDuplicate());
    }

    @Test
    void aDuplicateOfADuplicateNamesTheOriginal() {
        String base = fixture("ferry-line-reopens.txt");
        index.check("a", base, 0);
        index.check("b", base + "\n\nUpdated: a correction was made to this story.", 1);
        DedupDecision third = index.check("c", base.replace("forty", "fifty") + "\n\nUpdated: a correction was made to this story.", 2);
        assertEquals("a", third.originalId());
    }

    @Test
    void shortTextsNeverMeetInBuckets() {
        assertFalse(index.check("a", "Breaking news", 0).isDuplicate());
        assertFalse(index.check("b", "Breaking news update", 1).isDuplicate());
        assertTrue(index.check("c", "Breaking news", 2).isDuplicate(), "exact copies of short texts still collide");
    }

    @Test
    void expiryForgetsOldArticles() {
        index.check("a", fixture("grain-prices-fall.txt"), 0);
        int before = store.size();
        assertTrue(before > 2);
        index.expire(Duration.ofDays(8).toMillis());
        assertEquals(0, store.size());
        assertFalse(index.check("b", fixture("grain-prices-fall.txt"), Duration.ofDays(8).toMillis()).isDuplicate());
    }
}
