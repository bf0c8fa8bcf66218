package dev.newsstream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class StreamWaitsTest {
    private static Metric metric(String group, String name, String client, double value) {
        MetricName metricName = new MetricName(name, group, "", Map.of("client-id", client));
        return new Metric() {
            @Override
            public MetricName metricName() {
                return metricName;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        };
    }

    private static Map<MetricName, Metric> metrics(Metric... metrics) {
        Map<MetricName, Metric> map = new HashMap<>();
        for (Metric m : metrics) {
            map.put(m.metricName(), m);
        }
        return map;
    }

    @Test
    void blockedTimeIsSummedOverThreadsAndSplitIntoTheProducersPartsAndTheRest() {
        StreamWaits before = new StreamWaits(Map.of(), 0);
        StreamWaits after = new StreamWaits(StreamWaits.of(metrics(
                metric("stream-thread-metrics", "blocked-time-ns-total", "t1", 3e9),
                metric("stream-thread-metrics", "blocked-time-ns-total", "t2", 1e9),
                metric("stream-thread-metrics", "commit-total", "t1", 20),
                metric("producer-metrics", "flush-time-ns-total", "t1-producer", 0.5e9),
                metric("producer-metrics", "txn-commit-time-ns-total", "t2-producer", 0.25e9),
                // a restore consumer's waits are the state updater's, not the stream threads'
                metric("consumer-metrics", "io-wait-time-ns-total", "t1-restore-consumer", 9e9))).totals(), 2_000_000_000L);
        assertEquals("blocked 2.00 thread-s/s: producer flush 0.250, transaction offsets 0.000, transaction commit 0.125,"
                + " polls and the rest 1.625; 10.0 commits/s", after.since(before));
    }

    @Test
    void onlyTheGrowthSinceTheEarlierReadingCounts() {
        StreamWaits before = new StreamWaits(Map.of("blocked-time-ns-total", 5e9, "commit-total", 100.0), 0);
        StreamWaits after = new StreamWaits(Map.of("blocked-time-ns-total", 6e9, "commit-total", 110.0), 1_000_000_000L);
        assertEquals("blocked 1.00 thread-s/s: producer flush 0.000, transaction offsets 0.000, transaction commit 0.000,"
                + " polls and the rest 1.000; 10.0 commits/s", after.since(before));
    }
}
