package dev.newsstream.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedWorkTest {

    @Test
    void partsOfEqualWeightAreEqualRuns() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")),
                SharedWork.balanced(List.of("a", "b", "c", "d"), 2, s -> 5));
    }

    @Test
    void aHeavyItemGetsAPartOfItsOwn() {
        assertEquals(List.of(List.of(90), List.of(5, 5)), SharedWork.balanced(List.of(90, 5, 5), 2, i -> i));
    }

    @Test
    void moreWantedPartsThanItemsGiveOnePartPerItemAndNoEmptyPart() {
        assertEquals(List.of(List.of(1), List.of(2)), SharedWork.balanced(List.of(1, 2), 4, i -> 1));
        assertEquals(List.of(List.of()), SharedWork.balanced(List.<Integer>of(), 2, i -> 1));
    }

    @Test
    void smallWorkIsNotSplit() {
        assertEquals(1, SharedWork.parts(149, 150));
        assertTrue(SharedWork.parts(10_000, 150) >= 1);
        assertTrue(SharedWork.parts(10_000, 150) <= Runtime.getRuntime().availableProcessors());
    }

    @Test
    void resultsComeInPartOrder() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        List<List<Integer>> parts = SharedWork.balanced(items, 7, i -> 1 + i % 13);
        List<Integer> doubled = SharedWork.concat(parts, part -> part.stream().map(i -> 2 * i).toList());
        assertEquals(items.stream().map(i -> 2 * i).toList(), doubled);
    }

    @Test
    void anIdleHelperRunsAnOfferedPartWhileTheCallerWorksOnItsOwn() {
        // the caller's part waits for the other part to have started: only a helper thread can start it
        CountDownLatch otherStarted = new CountDownLatch(1);
        List<String> ranOn = new ArrayList<>();
        List<Integer> out = SharedWork.concat(List.of(List.of(0), List.of(1)), part -> {
            if (part.get(0) == 1) {
                otherStarted.countDown();
                synchronized (ranOn) {
                    ranOn.add(Thread.currentThread().getName());
                }
            } else {
                try {
                    assertTrue(otherStarted.await(10, TimeUnit.SECONDS), "no helper took the offered part");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return part;
        });
        assertEquals(List.of(0, 1), out);
        assertTrue(ranOn.get(0).startsWith("ner-helper-"), ranOn.toString());
    }

    @Test
    void aFailureInAnyPartReachesTheCaller() {
        IllegalArgumentException failure = new IllegalArgumentException("bad part");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> SharedWork.concat(List.of(List.of(0), List.of(1), List.of(2)), part -> {
                    if (part.get(0) == 2) {
                        throw failure;
                    }
                    return part;
                }));
        assertSame(failure, thrown);
    }
}
