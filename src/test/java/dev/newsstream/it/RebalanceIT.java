package dev.newsstream.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsstream.benchmark.ArticleGenerator;
import dev.newsstream.config.NewsConfig;
import dev.newsstream.kafka.ClientSettings;
import dev.newsstream.kafka.TopicAdmin;
import dev.newsstream.topology.PipelineStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two pipeline instances (same application id, own state dirs) share the work; the one running
 * dedup is closed while it is processing, and the other takes over its tasks, restoring the dedup
 * index from its changelog.
 */
class RebalanceIT {
    private static final int GENERATED = 300;
    private static final int PARTITIONS = 4;
    private static final String DEDUP_TASK = "1_0";
    private static KafkaClusterTestKit cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = ItSupport.startTestKit();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void closingAnInstanceMidRunLosesNothingAndDuplicatesNothing() throws Exception {
        String bootstrap = cluster.bootstrapServers();
        NewsConfig configA = ItSupport.config(bootstrap, Map.of("stream.threads", "1"));
        NewsConfig configB = configA.withDataDir(Files.createTempDirectory("newsstream-it-b"));
        TopicAdmin.ensureTopics(configA, bootstrap);

        // the inputs: generated articles (a quarter near copies), exact resends and bad inputs;
        // every copy goes to another partition than its original
        ArticleGenerator generator = ItSupport.generator(11);
        Map<String, byte[]> values = new LinkedHashMap<>();
        Map<String, Integer> partitions = new HashMap<>();
        Map<String, String> copyOf = new HashMap<>();
        for (int i = 0; i < GENERATED; i++) {
            ArticleGenerator.Generated g = generator.next();
            values.put(g.id(), ItSupport.encode(g));
            if (g.copyOf() == null) {
                partitions.put(g.id(), i % PARTITIONS);
                if (i % 30 == 0) {
                    String resend = "resend-" + g.id();
                    values.put(resend, ItSupport.encode(new ArticleGenerator.Generated(resend, g.body(), g.type(), null)));
                    partitions.put(resend, (i + 2) % PARTITIONS);
                    copyOf.put(resend, g.id());
                }
            } else {
                partitions.put(g.id(), (partitions.get(g.copyOf()) + 1 + i % (PARTITIONS - 1)) % PARTITIONS);
                copyOf.put(g.id(), g.copyOf());
            }
        }
        values.put("bad-garbage", new byte[] {0x13, 0x37, (byte) 0xFF, 0x00});
        values.put("bad-empty", "{\"id\":\"bad-empty\",\"body\":\"  \"}".getBytes(StandardCharsets.UTF_8));
        values.put("bad-tombstone", null);
        for (String bad : List.of("bad-garbage", "bad-empty", "bad-tombstone")) {
            partitions.put(bad, bad.length() % PARTITIONS);
        }

        List<Throwable> threadFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
        PipelineStats statsA = new PipelineStats();
        PipelineStats statsB = new PipelineStats();
        KafkaStreams a = PipelineInstances.start(configA, bootstrap, threadFailures, new ArrayList<>(), statsA);
        KafkaStreams b = PipelineInstances.start(configB, bootstrap, threadFailures, new ArrayList<>(), statsB);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ClientSettings.producer(configA, bootstrap));
             Outputs outputs = new Outputs(configA, bootstrap)) {
            ItSupport.awaitRunning(Duration.ofSeconds(60), a, b);
            assertFalse(PipelineInstances.activeTasks(a).isEmpty(), "instance A has tasks");
            assertFalse(PipelineInstances.activeTasks(b).isEmpty(), "instance B has tasks");

            List<Future<RecordMetadata>> sent = new ArrayList<>();
            values.forEach((id, value) -> sent.add(producer.send(
                    new ProducerRecord<>(configA.topics().raw(), partitions.get(id), id, value))));
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }

            outputs.awaitAtLeast(values.size() / 4, Duration.ofSeconds(120));
            // the instance that runs dedup (the single task of sub-topology 1) is the one closed, so
            // that the dedup index has to move: later copies must meet originals it indexed
            boolean closeA = PipelineInstances.activeTasks(a).contains(DEDUP_TASK);
            KafkaStreams victim = closeA ? a : b;
            KafkaStreams survivor = closeA ? b : a;
            PipelineStats victimStats = closeA ? statsA : statsB;
            Set<String> victimTasks = PipelineInstances.activeTasks(victim);
            assertTrue(victimTasks.contains(DEDUP_TASK), "one instance runs dedup: " + victimTasks);
            assertTrue(victimStats.counts().values().stream().mapToLong(Long::longValue).sum() > 0,
                    "the instance closed has processed articles");
            int doneWhenClosed = outputs.seen.size();
            victim.close(Duration.ofSeconds(60));
            assertEquals(KafkaStreams.State.NOT_RUNNING, victim.state());

            outputs.awaitIds(values.keySet(), Duration.ofSeconds(150));
            outputs.drain(Duration.ofSeconds(5));
            assertTrue(doneWhenClosed < values.size(), "closed mid-run (" + doneWhenClosed + " done)");
            // the last outputs can come from the survivor's own tasks before the rebalance that hands
            // it the closed instance's tasks has finished: wait for that, bounded
            long settle = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < settle && !(survivor.state() == KafkaStreams.State.RUNNING
                    && PipelineInstances.activeTasks(survivor).containsAll(victimTasks))) {
                Thread.sleep(100);
            }
            assertTrue(PipelineInstances.activeTasks(survivor).containsAll(victimTasks),
                    "the other instance took over " + victimTasks);
            assertEquals(KafkaStreams.State.RUNNING, survivor.state());
            assertTrue(threadFailures.isEmpty(), "no stream thread died: " + threadFailures);
            System.out.printf("RebalanceIT: %d inputs, %d out when %s (tasks %s) was closed; A %s; B %s%n", values.size(),
                    doneWhenClosed, closeA ? "A" : "B", victimTasks, statsA.counts(), statsB.counts());
            assertEquals(Map.of(), outputs.repeated(), "ids that came out more than once");
            assertEquals(values.keySet(), outputs.seen.keySet(), "every input came out");
            for (String bad : List.of("bad-garbage", "bad-empty", "bad-tombstone")) {
                assertTrue(outputs.dead.containsKey(bad), bad + " went to the dlq");
            }
            assertDuplicatesCaught(outputs, copyOf);
        } finally {
            a.close(Duration.ofSeconds(30));
            b.close(Duration.ofSeconds(30));
        }
    }

    /**
     * Each copy and its original are not both enriched, and every duplicate notice links two
     * articles of the same family (an original and its copies). Which of a pair counts as the
     * original is dedup's choice: partitions are consumed in no set order, so a copy sent to
     * another partition may reach dedup before its original.
     */
    static void assertDuplicatesCaught(Outputs outputs, Map<String, String> copyOf) {
        Map<String, String> wrongLinks = new HashMap<>();
        for (var d : outputs.duplicates.values()) {
            assertTrue(outputs.enriched.containsKey(d.getDuplicateOf()),
                    d.getId() + " is a duplicate of " + d.getDuplicateOf() + ", which must be an enriched original");
            String family = copyOf.getOrDefault(d.getId(), d.getId());
            if (!family.equals(copyOf.getOrDefault(d.getDuplicateOf(), d.getDuplicateOf()))) {
                wrongLinks.put(d.getId(), describe(outputs, d.getId()));
            }
        }
        assertEquals(Map.of(), wrongLinks, "duplicate notices linking unrelated articles");
        Map<String, String> missed = new HashMap<>();
        copyOf.forEach((copy, original) -> {
            if (outputs.enriched.containsKey(copy) && outputs.enriched.containsKey(original)) {
                missed.put(copy, original);
            }
        });
        assertEquals(Map.of(), missed, "copies published as originals next to their original");
        assertTrue(outputs.duplicates.size() <= copyOf.size(), "no more duplicate notices than copies");
        // two copies of one original can be each similar enough to it but not to each other: when
        // one of them reaches dedup first, the other may stay unique (a known limit of near-dedup)
        Map<String, Long> enrichedPerFamily = outputs.enriched.keySet().stream()
                .collect(java.util.stream.Collectors.groupingBy(id -> copyOf.getOrDefault(id, id),
                        java.util.stream.Collectors.counting()));
        enrichedPerFamily.forEach((family, n) -> {
            if (n > 1) {
                System.out.println("RebalanceIT: family of " + family + " has " + n + " enriched members");
            }
        });
    }

    private static String describe(Outputs outputs, String id) {
        if (outputs.duplicates.containsKey(id)) {
            var d = outputs.duplicates.get(id);
            return "duplicate of " + d.getDuplicateOf() + " " + d.getMethod() + " " + d.getSimilarity();
        }
        return outputs.dead.containsKey(id) ? "dead: " + outputs.dead.get(id).getReason() : "enriched";
    }
}
