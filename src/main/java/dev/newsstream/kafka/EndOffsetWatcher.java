package dev.newsstream.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up the read-committed end offsets of one topic's partitions every {@code interval} (the
 * partitions intake has asked about). The time kept with an end is when the lookup was sent: every
 * record written before then is below that end, so a reader at the end has seen all of them (taking
 * a record's timestamp to be when it reached the broker, give or take a producer's linger; a record
 * held back by long retries can arrive after the end was seen, as it can arrive late anyway).
 * A failed lookup keeps the previous ends; they only ever say less as records are added.
 */
public final class EndOffsetWatcher implements PartitionEnds, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EndOffsetWatcher.class);

    private record End(long offset, long lookedAt) {}

    private final Admin admin;
    private final String topic;
    private final Map<Integer, End> ends = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsstream-end-offsets");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean warned;

    public EndOffsetWatcher(Properties adminSettings, String topic, Duration interval) {
        this.admin = Admin.create(adminSettings);
        this.topic = topic;
        timer.scheduleWithFixedDelay(this::lookUp, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public long lastAt(int partition, long offset) {
        End end = ends.computeIfAbsent(partition, p -> new End(-1, Long.MIN_VALUE));
        return end.offset == offset + 1 ? end.lookedAt : Long.MIN_VALUE;
    }

    private void lookUp() {
        if (ends.isEmpty()) {
            return;
        }
        long sentAt = System.currentTimeMillis();
        Map<TopicPartition, OffsetSpec> request = ends.keySet().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
        try {
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(5, TimeUnit.SECONDS)
                    .forEach((tp, info) -> ends.put(tp.partition(), new End(info.offset(), sentAt)));
            warned = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!warned) {
                // dedup falls back to waiting for silence; worth one line, not one per lookup
                LOG.warn("cannot look up the end offsets of {}: {}", topic, e.toString());
                warned = true;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
