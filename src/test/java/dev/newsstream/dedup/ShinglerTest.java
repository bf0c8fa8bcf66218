package dev.newsstream.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShinglerTest {
    @Test
    void tokensIgnoreCaseQuotesAndPunctuation() {
        assertEquals(List.of("she", "said", "it", "s", "fine"), Shingler.tokens("She said: “It’s fine.”"));
        assertEquals(Shingler.tokens("She said: \"It's fine.\""), Shingler.tokens("She said: “It’s fine.”"));
        assertEquals(Shingler.contentHash(Shingler.tokens("A  b\n\nc")), Shingler.contentHash(Shingler.tokens("a b c")));
    }

    @Test
    void signatureSimilarityEstimatesJaccard() {
        SplittableRandom random = new SplittableRandom(3);
        for (double target : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            double totalError = 0;
            int trials = 60;
            for (int t = 0; t < trials; t++) {
                int shared = (int) Math.round(600 * 2 * target / (1 + target));
                int[] a = new int[600];
                int[] b = new int[600];
                for (int i = 0; i < 600; i++) {
                    a[i] = random.nextInt(1 << ShingleSet.BITS);
                    b[i] = i < shared ? a[i] : random.nextInt(1 << ShingleSet.BITS);
                }
                ShingleSet sa = ShingleSet.ofUnsorted(a);
                ShingleSet sb = ShingleSet.ofUnsorted(b);
                double estimate = Shingler.similarity(Shingler.signature(sa), Shingler.signature(sb));
                totalError += Math.abs(estimate - sa.jaccard(sb));
            }
            // 32 positions: standard error sqrt(J(1-J)/32) <= 0.09
            double meanError = totalError / trials;
            assertTrue(meanError < 0.1, "mean error " + meanError + " at Jaccard " + target);
        }
    }

    @Test
    void shingleSetsAreExactAndCodedInAboutThirteenBitsAShingle() {
        SplittableRandom random = new SplittableRandom(5);
        int[] values = new int[400];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(1 << ShingleSet.BITS);
        }
        ShingleSet set = ShingleSet.ofUnsorted(values);
        byte[] coded = set.encode();
        assertTrue(coded.length * 8.0 / set.size() < 14, coded.length + " bytes for " + set.size());
        ShingleSet back = ShingleSet.decode(coded, 0);
        assertEquals(set.size(), back.size());
        assertEquals(1.0, set.jaccard(back));
        int[] half = java.util.Arrays.copyOf(values, 200);
        assertEquals((double) ShingleSet.ofUnsorted(half).size() / set.size(), set.jaccard(ShingleSet.ofUnsorted(half)), 1e-9);
        for (int n : new int[] {1, 2, 8, 3000, 100_000}) {
            int[] some = random.ints(n, 0, 1 << ShingleSet.BITS).toArray();
            ShingleSet original = ShingleSet.ofUnsorted(some);
            ShingleSet decoded = ShingleSet.decode(original.encode(), 0);
            assertEquals(original.size(), decoded.size());
            assertEquals(original.size(), original.intersection(decoded), "round trip of " + n);
        }
        assertArrayEquals(new byte[] {0}, ShingleSet.EMPTY.encode());
        assertEquals(0, ShingleSet.decode(ShingleSet.EMPTY.encode(), 0).size());
    }

    @Test
    void shinglesAreWordFiveGrams() {
        assertEquals(0, Shingler.shingles(Shingler.tokens("one two three four")).size());
        assertEquals(1, Shingler.shingles(Shingler.tokens("one two three four five")).size());
        assertEquals(3, Shingler.shingles(Shingler.tokens("one two three four five six seven")).size());
    }

    @Test
    void shinglesStraightFromTheTextEqualThoseOfTheTokens() {
        for (String text : new String[] {
                "The Harbour Board said on Monday that the ferry to Vellmar would run again, 12 times a day.",
                "Die Fähre nach Vellmar fährt wieder: „Wir sind froh“, sagte Bürgermeisterin Ølund am Montag früh.",
                "ＦＵＬＬ width ﬁ ligatures and İstanbul and ΣΟΦΙΑ said the mayor of the town today",
                "one two three four"}) {
            ShingleSet fromTokens = Shingler.shingles(Shingler.tokens(text));
            ShingleSet direct = Shingler.shingles(text);
            assertEquals(fromTokens.size(), direct.size(), text);
            assertEquals(fromTokens.size(), fromTokens.intersection(direct), text);
        }
    }
}
