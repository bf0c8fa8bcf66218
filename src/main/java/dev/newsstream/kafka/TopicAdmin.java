package dev.newsstream.kafka;

import dev.newsstream.config.NewsConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics when they are missing; existing topics are left as they are. */
public final class TopicAdmin {
    private TopicAdmin() {}

    public static List<String> topicNames(NewsConfig config) {
        NewsConfig.Topics t = config.topics();
        return List.of(t.raw(), t.enriched(), t.duplicates(), t.dlq(), t.entities(), t.quotes());
    }

    /**
     * Waits until every partition of the new topics is served by its leader. Creation returns once
     * the controller has the topic, before the broker serves it; an idempotent producer that writes
     * at once can have its first batch refused as retriable while later batches are taken, and
     * then every retry of the first is rejected as out of sequence until it expires (KAFKA-15591).
     * A leader in the metadata is not enough (a soak run lost its first batch that way): the
     * partition must answer an offset lookup, which only its leader's log does.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            boolean ready;
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
                ready = described.values().stream()
                        .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
                if (ready) {
                    lookUpEndOffsets(admin, described);
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.RetriableException)) {
                    throw e;
                }
                ready = false;
            }
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topics " + topics + " have no leader after 30 s");
            }
            Thread.sleep(100);
        }
    }

    /** Completes once each partition's leader has answered; fails with a retriable error while one cannot. */
    private static void lookUpEndOffsets(Admin admin, Map<String, TopicDescription> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topics.forEach((name, t) -> t.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
    }

    /** @return the topics that were created */
    public static List<String> ensureTopics(NewsConfig config, String bootstrap) {
        try (Admin admin = Admin.create(ClientSettings.admin(config, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topicNames(config)) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, config.partitions(), config.replicationFactor())
                            .configs(Map.of("max.message.bytes", String.valueOf(ClientSettings.MAX_MESSAGE_BYTES))));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrap + ": " + e.getMessage(), e);
        }
    }
}
