package dev.newsstream.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.FuzzText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Dedup on random and hostile text: no exception, and a text sent twice is found the second time. */
class DuplicateIndexFuzzTest {

    @Property(tries = 150)
    void anyTextIsIndexedAndItsResendIsADuplicate(@ForAll("texts") String text) {
        DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults(), new MapFingerprintStore());
        DedupDecision first = index.check("a", text, 1_000L);
        assertTrue(!first.isDuplicate(), "nothing indexed yet");
        DedupDecision again = index.check("b", text, 2_000L);
        if (again.isDuplicate()) {
            assertEquals("a", again.originalId());
            assertTrue(again.similarity() >= 0 && again.similarity() <= 1.0);
        } else {
            // only a text without a single word token may be left unindexed
            assertTrue(Shingler.tokens(text).isEmpty(), "a resend of a text with words must be a duplicate");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.oneOf(FuzzText.unicode(), FuzzText.wordSoup(), FuzzText.markup());
    }

    @Example
    void twoMegabyteArticlesAreCheckedWithinTwoSeconds() {
        DuplicateIndex index = new DuplicateIndex(DedupConfig.defaults(), new MapFingerprintStore());
        String text = FuzzText.realisticArticle(1, 2_000_000);
        String hostile = FuzzText.adversarialArticle(3, 2_000_000);
        index.check("warm", FuzzText.realisticArticle(9, 20_000), 0L);
        int[] n = {0};
        long ms = FuzzText.bestOfThreeMillis(() -> index.check("t" + n[0]++, text, 1L));
        long hostileMs = FuzzText.bestOfThreeMillis(() -> index.check("h" + n[0]++, hostile, 1L));
        System.out.printf("dedup 2 MB realistic: %d ms, adversarial: %d ms%n", ms, hostileMs);
        assertTrue(ms < 2_000, "realistic took " + ms + " ms");
        assertTrue(hostileMs < 2_000, "adversarial took " + hostileMs + " ms");
    }
}
