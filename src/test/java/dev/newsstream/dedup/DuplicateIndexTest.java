package dev.newsstream.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
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
        assertEquals(1.0, d.similarity());
    }

    @Test
    void straightQuotesAndFurnitureStillMakeANearDuplicateWithItsExactJaccard() {
        String original = fixture("ferry-line-reopens.txt");
        String repost = fixture("ferry-line-reopens-repost.txt");
        index.check("a", original, 0);
        DedupDecision d = index.check("b", repost, 1);
        assertEquals("a", d.originalId());
        assertEquals(DedupDecision.Method.NEAR, d.method());
        double exact = Shingler.shingles(Shingler.tokens(original)).jaccard(Shingler.shingles(Shingler.tokens(repost)));
        assertEquals(exact, d.similarity(), 1e-12);
    }

    /** Sentences of random words: distinct sentences share no 5-word shingle. */
    private static List<String> sentences(SplittableRandom random, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < 10; w++) {
                sentence.append(w == 0 ? "" : " ").append("w").append(random.nextInt(100_000));
            }
            out.add(sentence.append('.').toString());
        }
        return out;
    }

    @Test
    void copiesEditedAtOppositeEndsMeetThroughTheOriginalWhicheverArrivesFirst() {
        SplittableRandom random = new SplittableRandom(3);
        List<String> story = sentences(random, 30);
        List<String> head = new ArrayList<>(story);
        List<String> tail = new ArrayList<>(story);
        List<String> newHead = sentences(random, 8);
        List<String> newTail = sentences(random, 8);
        for (int i = 0; i < 8; i++) {
            head.set(i, newHead.get(i));
            tail.set(22 + i, newTail.get(i));
        }
        String original = String.join(" ", story);
        String headEdit = String.join(" ", head);
        String tailEdit = String.join(" ", tail);
        assertTrue(Shingler.shingles(headEdit).jaccard(Shingler.shingles(tailEdit)) < 0.5, "the two copies alone do not match");

        assertFalse(index.check("head-edit", headEdit, 0).isDuplicate()); // a copy arrives first
        DedupDecision o = index.check("original", original, 1);
        assertEquals("head-edit", o.originalId());
        assertTrue(o.similarity() < DuplicateIndex.INDEX_COPIES_BELOW, "so the original is indexed as a member");
        DedupDecision t = index.check("tail-edit", tailEdit, 2);
        assertEquals("head-edit", t.originalId(), "caught through the original, named by the cluster's first article");
        assertEquals(Shingler.shingles(original).jaccard(Shingler.shingles(tailEdit)), t.similarity(), 1e-12);
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
    void aCandidateWhoseEstimatePassesButWhoseExactJaccardFailsIsRejected() {
        Pair pair = findPair((estimate, exact) -> estimate >= 0.5 && exact < 0.45);
        index.check("a", pair.a, 0);
        DedupDecision d = index.check("b", pair.b, 1);
        assertFalse(d.isDuplicate(), "estimate " + pair.estimate + ", exact " + pair.exact);
    }

    @Test
    void aCandidateWhoseEstimateFailsButWhoseExactJaccardPassesIsAccepted() {
        Pair pair = findPair((estimate, exact) -> estimate < 0.5 && exact >= 0.55);
        index.check("a", pair.a, 0);
        DedupDecision d = index.check("b", pair.b, 1);
        assertEquals("a", d.originalId(), "estimate " + pair.estimate + ", exact " + pair.exact);
        assertEquals(pair.exact, d.similarity(), 1e-12);
    }

    @Test
    void shortTextsNeverMeetInBuckets() {
        assertFalse(index.check("a", "Breaking news", 0).isDuplicate());
        assertFalse(index.check("b", "Breaking news update", 1).isDuplicate());
        assertTrue(index.check("c", "Breaking news", 2).isDuplicate(), "exact copies of short texts still collide");
        assertFalse(index.check("d", "", 3).isDuplicate());
        assertFalse(index.check("e", "  ... ", 4).isDuplicate(), "texts without words are never duplicates");
        List<String> buckets = new ArrayList<>();
        store.scan("b", (k, v) -> buckets.add(k));
        assertEquals(List.of(), buckets, "short texts take no LSH bucket");
    }

    @Test
    void aRestartedIndexRebuildsItsFilterFromTheStore() {
        String base = fixture("ferry-line-reopens.txt");
        index.check("a", base, 0);
        index.check("x", fixture("grain-prices-fall.txt"), 1);
        CountingStore counting = new CountingStore(store);
        DuplicateIndex restarted = new DuplicateIndex(DedupConfig.defaults(), counting);
        counting.gets = 0;
        assertEquals("a", restarted.check("b", base + "\n\nUpdated: a correction was made to this story.", 2).originalId());
        assertEquals("x", restarted.check("y", fixture("grain-prices-fall.txt"), 3).originalId());
        int before = counting.gets;
        assertFalse(restarted.check("c", fixture("orsk-tourism-season.txt"), 4).isDuplicate());
        assertTrue(counting.gets - before <= 2, "a new article reads almost nothing: " + (counting.gets - before));
    }

    @Test
    void theFilterGrowsWithTheStateAndMissesNothing() {
        SplittableRandom random = new SplittableRandom(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            texts.add(randomText(random, 60));
            assertFalse(index.check("a" + i, texts.get(i), i).isDuplicate());
        }
        for (int i = 0; i < 5000; i += 50) {
            assertEquals("a" + i, index.check("c" + i, texts.get(i) + " with one more line", 6000 + i).originalId());
        }
    }

    @Test
    void expiryForgetsOldArticles() {
        index.check("a", fixture("grain-prices-fall.txt"), 0);
        int before = store.size();
        assertTrue(before > 2);
        assertEquals(1, index.expire(Duration.ofDays(8).toMillis()));
        assertEquals(1, store.size(), "only the sequence counter is left");
        assertFalse(index.check("b", fixture("grain-prices-fall.txt"), Duration.ofDays(8).toMillis()).isDuplicate());
        assertTrue(index.check("c", fixture("grain-prices-fall.txt"), Duration.ofDays(8).toMillis()).isDuplicate());
    }

    @Test
    void expiringOneMemberOfASharedBucketKeepsTheOthersFindable() {
        DedupConfig strict = new DedupConfig(Duration.ofDays(7), 0.99, 8, 64);
        DuplicateIndex index = new DuplicateIndex(strict, store);
        SplittableRandom random = new SplittableRandom(23);
        String old = randomText(random, 800);
        StringBuilder edited = new StringBuilder();
        for (String w : old.split(" ")) {
            edited.append(random.nextInt(40) == 0 ? "edit" + random.nextInt(1000) : w).append(' ');
        }
        String recent = edited.toString().strip();
        assertFalse(index.check("old", old, 0).isDuplicate());
        assertFalse(index.check("recent", recent, Duration.ofDays(3).toMillis()).isDuplicate(), "below the strict threshold");
        int shared = 0;
        int[] a = Shingler.signature(Shingler.shingles(old));
        int[] b = Shingler.signature(Shingler.shingles(recent));
        for (int band = 0; band < Shingler.BANDS; band++) {
            shared += Shingler.bandHash(a, band) == Shingler.bandHash(b, band) ? 1 : 0;
        }
        assertTrue(shared > 0, "the two share LSH buckets");
        assertEquals(1, index.expire(Duration.ofDays(8).toMillis()));
        DuplicateIndex restarted = new DuplicateIndex(strict, store);
        for (DuplicateIndex i : List.of(index, restarted)) {
            DedupDecision d = i.check("again", recent + " more", Duration.ofDays(8).toMillis());
            assertEquals("recent", d.originalId());
        }
    }

    private record Pair(String a, String b, double estimate, double exact) {}

    private interface PairTest {
        boolean test(double estimate, double exact);
    }

    /** Seeded search over edited copies of random texts for a pair whose LSH bands meet. */
    private static Pair findPair(PairTest wanted) {
        SplittableRandom random = new SplittableRandom(17);
        for (int attempt = 0; attempt < 20_000; attempt++) {
            String[] words = randomText(random, 120).split(" ");
            double edit = 0.04 + random.nextDouble() * 0.06;
            StringBuilder copy = new StringBuilder();
            for (String w : words) {
                copy.append(random.nextDouble() < edit ? "x" + random.nextInt(1_000_000) : w).append(' ');
            }
            String a = String.join(" ", words);
            String b = copy.toString();
            ShingleSet sa = Shingler.shingles(Shingler.tokens(a));
            ShingleSet sb = Shingler.shingles(Shingler.tokens(b));
            int[] ga = Shingler.signature(sa);
            int[] gb = Shingler.signature(sb);
            boolean meet = false;
            for (int band = 0; band < Shingler.BANDS; band++) {
                meet |= Shingler.bandHash(ga, band) == Shingler.bandHash(gb, band);
            }
            double estimate = Shingler.similarity(ga, gb);
            double exact = sa.jaccard(sb);
            if (meet && wanted.test(estimate, exact)) {
                return new Pair(a, b, estimate, exact);
            }
        }
        throw new AssertionError("no such pair found");
    }

    private static String randomText(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append("w").append(random.nextInt(50_000));
        }
        return text.toString();
    }

    private static final class CountingStore implements FingerprintStore {
        private final FingerprintStore inner;
        int gets;

        CountingStore(FingerprintStore inner) {
            this.inner = inner;
        }

        @Override
        public byte[] get(String key) {
            gets++;
            return inner.get(key);
        }

        @Override
        public void put(String key, byte[] value) {
            inner.put(key, value);
        }

        @Override
        public void delete(String key) {
            inner.delete(key);
        }

        @Override
        public void putAll(Map<String, byte[]> entries) {
            inner.putAll(entries);
        }

        @Override
        public void scan(String prefix, BiPredicate<String, byte[]> visitor) {
            gets++;
            inner.scan(prefix, visitor);
        }
    }
}
