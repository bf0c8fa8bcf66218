package dev.newsstream.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
            int trials = 40;
            for (int t = 0; t < trials; t++) {
                Set<Long> a = new HashSet<>();
                Set<Long> b = new HashSet<>();
                int shared = (int) Math.round(600 * 2 * target / (1 + target));
                for (int i = 0; i < 600; i++) {
                    long x = random.nextLong();
                    a.add(x);
                    b.add(i < shared ? x : random.nextLong());
                }
                Set<Long> union = new HashSet<>(a);
                union.addAll(b);
                Set<Long> both = new HashSet<>(a);
                both.retainAll(b);
                double jaccard = (double) both.size() / union.size();
                double estimate = Shingler.similarity(signature(a), signature(b));
                totalError += Math.abs(estimate - jaccard);
            }
            double meanError = totalError / trials;
            assertTrue(meanError < 0.06, "mean error " + meanError + " at Jaccard " + target);
        }
    }

    private static int[] signature(Set<Long> shingles) {
        List<Long> list = new ArrayList<>(shingles);
        return Shingler.signature(list.stream().mapToLong(Long::longValue).toArray());
    }
}
