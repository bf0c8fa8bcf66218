package dev.newsstream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dedup watermark and the release order it drives, without Kafka. */
class WatermarkTest {
    private static final long LAG = 2_000;
    private static final long IDLE = 3_000;

    @Test
    void anExpectedPartitionNotYetHeardHoldsEverythingBackUntilItIsIdle() {
        Watermark watermark = new Watermark(2, LAG, IDLE, 0);
        watermark.heard(0, 500, 1_000); // keeping up
        assertEquals(Long.MIN_VALUE, watermark.at(IDLE - 1));
        assertEquals(Long.MAX_VALUE, watermark.at(IDLE), "partition 1 not heard for the idle time is no longer waited for");
    }

    @Test
    void aPartitionBehindHoldsTheWatermarkAtItsNewestTimestamp() {
        Watermark watermark = new Watermark(0, LAG, IDLE, 0);
        watermark.heard(0, 1_000, 60_000); // written a minute before it arrived: a catch-up
        watermark.heard(1, 59_900, 60_000); // keeping up
        assertEquals(1_000, watermark.at(60_100));
        watermark.heard(0, 5_000, 60_200);
        assertEquals(5_000, watermark.at(60_300));
        assertEquals(Long.MAX_VALUE, watermark.at(60_200 + IDLE), "a partition not heard for the idle time holds nothing");
    }

    @Test
    void partitionsKeepingUpHoldNothingBack() {
        Watermark watermark = new Watermark(0, LAG, IDLE, 0);
        watermark.heard(0, 9_800, 10_000);
        watermark.heard(1, 9_950, 10_000);
        assertEquals(Long.MAX_VALUE, watermark.at(10_100));
    }

    @Test
    void aPartitionBehindWhoseNewestRecordWasItsLastHoldsNoFurtherThanWhenThatWasSeen() {
        Watermark watermark = new Watermark(0, LAG, IDLE, 0);
        watermark.heard(0, 1_000, 60_000, Long.MIN_VALUE); // a catch-up, more to come
        assertEquals(1_000, watermark.at(60_100));
        watermark.heard(0, 1_200, 60_200, 60_150); // the last record of the partition when looked at, at 60.15 s
        assertEquals(60_150, watermark.at(60_300), "nothing written before 60.15 s is still to come from it");
        watermark.heard(0, 1_300, 60_400, Long.MIN_VALUE); // a later record, with more behind it again
        assertEquals(1_300, watermark.at(60_500));
        watermark.restore(0, 1_300, 61_000);
        assertEquals(1_300, watermark.at(61_100), "a restart forgets where the partition ended");
    }

    @Test
    void aRestoredPartitionCountsAsBehindUntilHeardAgain() {
        Watermark watermark = new Watermark(0, LAG, IDLE, 0);
        watermark.restore(3, 7_000, 8_000);
        assertEquals(7_000, watermark.at(8_500), "written 1 s before the restart, but not heard since");
        assertEquals(true, watermark.heard(3, 7_500, 9_000));
        assertEquals(false, watermark.heard(3, 7_400, 9_100), "an older timestamp does not move it back");
        assertEquals(7_500, watermark.newest(3));
    }

    @Test
    void articlesAreReleasedInWriteOrderWithEarlierPublishedCopiesOfTheWindowFirst() {
        // keys sort by publishedAt: "b" was published before "a" but written 100 ms after it
        List<ReleaseOrder.Held> held = List.of(
                new ReleaseOrder.Held("1-b", 1_100, 5_000),
                new ReleaseOrder.Held("2-a", 1_000, 5_000),
                new ReleaseOrder.Held("3-c", 1_600, 5_000),
                new ReleaseOrder.Held("4-d", 1_200, 5_000));
        assertEquals(List.of(), ReleaseOrder.due(held, 250, 1_249, 0));
        assertEquals(List.of(0, 1), ReleaseOrder.due(held, 250, 1_250, 0), "a is due, and b, written within the window and published earlier, goes first");
        assertEquals(List.of(0, 1, 3), ReleaseOrder.due(held, 250, 1_450, 0));
        assertEquals(List.of(0, 1, 3, 2), ReleaseOrder.due(held, 250, Long.MAX_VALUE, 0));
    }

    @Test
    void aWatermarkAtItsFloorReleasesNothingUntilTheLongestHoldIsOver() {
        List<ReleaseOrder.Held> held = List.of(new ReleaseOrder.Held("k", 0, 5_000));
        assertEquals(List.of(), ReleaseOrder.due(held, 250, Long.MIN_VALUE, 4_999));
        assertEquals(List.of(0), ReleaseOrder.due(held, 250, Long.MIN_VALUE, 5_000));
    }
}
