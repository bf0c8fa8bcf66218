package dev.newsstream.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvenSpreadTest {
    @Test
    void dealsArticlesToEveryPartitionInTurnWhateverTheirIds() {
        EvenSpread<String> spread = new EvenSpread<>();
        int[] perPartition = new int[4];
        for (int i = 0; i < 1000; i++) {
            // ids that all hash to one partition would all land there with the default partitioner
            Optional<Set<Integer>> dealt = spread.partitions("news.enrich-repartition", "same-id", "article " + i, 4);
            assertEquals(1, dealt.orElseThrow().size());
            perPartition[dealt.orElseThrow().iterator().next()]++;
        }
        assertArrayEquals(new int[] {250, 250, 250, 250}, perPartition);
    }

    @Test
    void followsAChangeInThePartitionCount() {
        EvenSpread<String> spread = new EvenSpread<>();
        for (int i = 0; i < 7; i++) {
            assertEquals(Set.of(i % 3), spread.partitions("t", "k" + i, "v", 3).orElseThrow());
        }
        assertEquals(Set.of(1), spread.partitions("t", "k", "v", 6).orElseThrow(), "the 8th article of 6 partitions");
    }
}
