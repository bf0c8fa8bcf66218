package dev.newsstream.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * How long the stream threads waited on Kafka rather than ran stages, from Kafka Streams' own
 * cumulative metrics (summed over threads): what exactly-once commits cost in wall time, and how
 * long the threads sat in polls with no input.
 */
record StreamWaits(Map<String, Double> totals, long nanoTime) {
    private static final String BLOCKED = "blocked-time-ns-total";
    private static final String COMMITS = "commit-total";
    /** The parts of the blocked time that Kafka's producer measures, in the order they are printed. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("flush-time-ns-total", "producer flush");
        PARTS.put("txn-send-offsets-time-ns-total", "transaction offsets");
        PARTS.put("txn-commit-time-ns-total", "transaction commit");
    }

    static StreamWaits of(Map<MetricName, ? extends Metric> metrics) {
        Map<String, Double> totals = new TreeMap<>();
        metrics.forEach((name, metric) -> {
            boolean thread = name.group().equals("stream-thread-metrics") && (name.name().equals(BLOCKED) || name.name().equals(COMMITS));
            boolean producer = name.group().equals("producer-metrics") && PARTS.containsKey(name.name());
            if ((thread || producer) && metric.metricValue() instanceof Number n) {
                totals.merge(name.name(), n.doubleValue(), Double::sum);
            }
        });
        return new StreamWaits(totals, System.nanoTime());
    }

    /**
     * Thread-seconds of waiting per second since {@code earlier}: blocked in all, the producer's
     * parts of it, the rest (polls that found no input, mostly), and commits per second.
     */
    String since(StreamWaits earlier) {
        double seconds = (nanoTime - earlier.nanoTime) / 1e9;
        double blocked = perSecond(BLOCKED, earlier, seconds) / 1e9;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "blocked %.2f thread-s/s:", blocked));
        double parts = 0;
        for (Map.Entry<String, String> part : PARTS.entrySet()) {
            double value = perSecond(part.getKey(), earlier, seconds) / 1e9;
            parts += value;
            line.append(String.format(Locale.ROOT, " %s %.3f,", part.getValue(), value));
        }
        return line.append(String.format(Locale.ROOT, " polls and the rest %.3f; %.1f commits/s",
                Math.max(0, blocked - parts), perSecond(COMMITS, earlier, seconds))).toString();
    }

    private double perSecond(String metric, StreamWaits earlier, double seconds) {
        return seconds <= 0 ? 0 : (totals.getOrDefault(metric, 0.0) - earlier.totals.getOrDefault(metric, 0.0)) / seconds;
    }
}
